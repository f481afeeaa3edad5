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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Portable mode: a file named {@value #MARKER} beside the launcher, or in the application's folder,
 * keeps the user directory in that folder (as {@value #USERDIR}) instead of the user's home, so the
 * whole studio, settings and all, lives on one stick or in one folder.
 */
final class PortableMode {

    static final String MARKER = "sorastudio.portable";
    static final String USERDIR = "userdir";

    private PortableMode() {
    }

    /** The user directory portable mode asks for, or empty when there is no marker. */
    static Optional<Path> userDirectory(Path launcher) {
        Path launcherFolder = ancestor(launcher.toAbsolutePath(), 1);
        Path applicationFolder = applicationFolder(launcherFolder);
        if (Files.exists(launcherFolder.resolve(MARKER)) || Files.exists(applicationFolder.resolve(MARKER))) {
            return Optional.of(applicationFolder.resolve(USERDIR));
        }
        return Optional.empty();
    }

    /**
     * The folder a user sees as "the application": the image's root on Linux (the launcher sits in
     * {@code bin/}), the folder holding the bundle on macOS (nothing may be written inside a signed
     * {@code .app}), and the launcher's own folder on Windows.
     */
    static Path applicationFolder(Path launcherFolder) {
        Path name = launcherFolder.getFileName();
        if (name == null) {
            return launcherFolder;
        }
        return switch (name.toString()) {
            case "bin" -> ancestor(launcherFolder, 1);
            case "MacOS" -> ancestor(launcherFolder, 3);
            default -> launcherFolder;
        };
    }

    /** The folder {@code levels} above {@code path}, or {@code path} itself when it is not that deep. */
    private static Path ancestor(Path path, int levels) {
        Path ancestor = path;
        for (int level = 0; level < levels && ancestor != null; level++) {
            ancestor = ancestor.getParent();
        }
        return ancestor != null ? ancestor : path;
    }
}
