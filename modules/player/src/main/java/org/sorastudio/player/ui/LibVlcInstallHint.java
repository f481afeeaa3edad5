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
package org.sorastudio.player.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How to install VLC (libVLC 3) on the user's system, as a command where there is one. */
final class LibVlcInstallHint {

    private static final Logger LOG = Logger.getLogger(LibVlcInstallHint.class.getName());
    private static final Path OS_RELEASE = Path.of("/etc/os-release");

    private LibVlcInstallHint() {
    }

    /** The hint for the system this JVM runs on. */
    static String forThisSystem() {
        String osName = System.getProperty("os.name", "");
        String osRelease = "";
        if (osName.toLowerCase(Locale.ROOT).contains("linux") && Files.isRegularFile(OS_RELEASE)) {
            try {
                osRelease = Files.readString(OS_RELEASE);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Cannot read " + OS_RELEASE, e);
            }
        }
        return forSystem(osName, osRelease);
    }

    /**
     * @param osName    the {@code os.name} system property
     * @param osRelease the text of {@code /etc/os-release} on Linux (its {@code ID} and
     *                  {@code ID_LIKE} name the distribution family), or empty
     */
    static String forSystem(String osName, String osRelease) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "Install VLC 3 for Windows (64-bit) with the installer from https://www.videolan.org/vlc/";
        }
        if (os.startsWith("mac")) {
            return "brew install --cask vlc   (or install VLC.app from https://www.videolan.org/vlc/)";
        }
        Set<String> family = distributionFamily(osRelease);
        if (family.contains("debian") || family.contains("ubuntu")) {
            return "sudo apt-get install vlc";
        }
        if (family.contains("fedora") || family.contains("rhel")) {
            return "sudo dnf install vlc   (VLC comes from the RPM Fusion \"free\" repository: enable it first)";
        }
        if (family.contains("arch")) {
            return "sudo pacman -S vlc";
        }
        if (family.contains("suse")) {
            return "sudo zypper install vlc";
        }
        return "Install VLC 3 (libVLC) with your system's package manager, e.g. sudo apt-get install vlc";
    }

    private static Set<String> distributionFamily(String osRelease) {
        return osRelease.lines()
                .filter(line -> line.startsWith("ID=") || line.startsWith("ID_LIKE="))
                .flatMap(line -> Stream.of(line.substring(line.indexOf('=') + 1).replace("\"", "").split("\\s+")))
                .map(id -> id.toLowerCase(Locale.ROOT).replace("opensuse", "suse").replaceAll("^sles$", "suse"))
                .collect(Collectors.toSet());
    }
}
