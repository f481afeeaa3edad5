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

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibVlcInstallHintTest {

    @Test
    void namesTheCommandForEachSystem() {
        assertThat(LibVlcInstallHint.forSystem("Linux", "ID=debian\nVERSION_ID=\"12\"\n")).isEqualTo("sudo apt-get install vlc");
        assertThat(LibVlcInstallHint.forSystem("Linux", "ID=linuxmint\nID_LIKE=\"ubuntu debian\"\n")).isEqualTo("sudo apt-get install vlc");
        assertThat(LibVlcInstallHint.forSystem("Linux", "ID=fedora\n")).startsWith("sudo dnf install vlc").contains("RPM Fusion");
        assertThat(LibVlcInstallHint.forSystem("Linux", "ID=arch\n")).isEqualTo("sudo pacman -S vlc");
        assertThat(LibVlcInstallHint.forSystem("Linux", "ID=\"opensuse-tumbleweed\"\nID_LIKE=\"opensuse suse\"\n"))
                .isEqualTo("sudo zypper install vlc");
        assertThat(LibVlcInstallHint.forSystem("Mac OS X", "")).startsWith("brew install --cask vlc");
        assertThat(LibVlcInstallHint.forSystem("Windows 11", "")).contains("installer").contains("videolan.org");
        assertThat(LibVlcInstallHint.forSystem("FreeBSD", "")).contains("package manager");
    }
}
