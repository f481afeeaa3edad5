/*
 * Copyright 2026 the Sora Studio authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.sorastudio.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortableModeTest {

    @TempDir
    Path folder;

    @Test
    void withoutAMarkerTheUserDirectoryStaysTheDefault() throws IOException {
        Path launcher = launcher("SoraStudio/bin/sorastudio");

        assertThat(PortableMode.userDirectory(launcher)).isEmpty();
    }

    @Test
    void aMarkerBesideTheLinuxLauncherKeepsTheUserDirectoryInTheImageRoot() throws IOException {
        Path launcher = launcher("SoraStudio/bin/sorastudio");
        Files.createFile(launcher.resolveSibling(PortableMode.MARKER));

        assertThat(PortableMode.userDirectory(launcher)).contains(folder.resolve("SoraStudio/userdir"));
    }

    @Test
    void aMarkerInTheImageRootCountsToo() throws IOException {
        Path launcher = launcher("SoraStudio/bin/sorastudio");
        Files.createFile(folder.resolve("SoraStudio").resolve(PortableMode.MARKER));

        assertThat(PortableMode.userDirectory(launcher)).contains(folder.resolve("SoraStudio/userdir"));
    }

    @Test
    void onWindowsTheUserDirectoryLandsBesideTheLauncher() throws IOException {
        Path launcher = launcher("Sora Studio/Sora Studio.exe");
        Files.createFile(launcher.resolveSibling(PortableMode.MARKER));

        assertThat(PortableMode.userDirectory(launcher)).contains(folder.resolve("Sora Studio/userdir"));
    }

    @Test
    void onMacOsTheUserDirectoryLandsBesideTheBundleNotInsideIt() throws IOException {
        Path launcher = launcher("apps/Sora Studio.app/Contents/MacOS/Sora Studio");
        Files.createFile(folder.resolve("apps").resolve(PortableMode.MARKER));

        assertThat(PortableMode.userDirectory(launcher)).contains(folder.resolve("apps/userdir"));
    }

    private Path launcher(String relative) throws IOException {
        Path launcher = folder.resolve(relative);
        Files.createDirectories(launcher.getParent());
        return Files.createFile(launcher);
    }
}
