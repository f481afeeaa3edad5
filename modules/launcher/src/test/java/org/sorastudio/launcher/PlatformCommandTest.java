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

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformCommandTest {

    private static final Path HOME = Path.of("/opt/sorastudio/lib/app/studio");
    private static final Path RUNTIME = Path.of("/opt/sorastudio/lib/runtime");

    @Test
    void runsThePlatformLauncherWithTheBundledRuntimeAndPassesTheArgumentsOn() {
        List<String> command = new PlatformCommand(HOME, RUNTIME, false).command(Optional.empty(), List.of("--nosplash"));

        assertThat(command).containsExactly("sh", HOME.resolve("bin/sorastudio").toString(), "--jdkhome", RUNTIME.toString(), "--nosplash");
    }

    @Test
    void onWindowsRunsTheNativePlatformLauncher() {
        List<String> command = new PlatformCommand(HOME, RUNTIME, true).command(Optional.empty(), List.of());

        assertThat(command).containsExactly(HOME.resolve("bin/sorastudio64.exe").toString(), "--jdkhome", RUNTIME.toString());
    }

    @Test
    void portableModeKeepsTheUserDirectoryAndTheCacheBesideTheApplication() {
        Path userdir = Path.of("/media/stick/SoraStudio/userdir");

        List<String> command = new PlatformCommand(HOME, RUNTIME, false).command(Optional.of(userdir), List.of());

        assertThat(command).containsSequence("--userdir", userdir.toString(), "--cachedir", userdir.resolve("var/cache").toString(),
                "-J-Dnetbeans.default_userdir_root=" + userdir);
    }

    @Test
    void aUserDirectoryOnTheCommandLineWinsOverPortableMode() {
        List<String> command = new PlatformCommand(HOME, RUNTIME, false)
                .command(Optional.of(Path.of("/media/stick/SoraStudio/userdir")), List.of("--userdir", "/tmp/mine"));

        assertThat(command).containsOnlyOnce("--userdir").endsWith("--userdir", "/tmp/mine").doesNotContain("--cachedir")
                .noneMatch(argument -> argument.contains("default_userdir_root"));
    }
}
