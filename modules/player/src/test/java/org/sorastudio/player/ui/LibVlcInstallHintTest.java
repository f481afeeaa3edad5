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
        assertThat(LibVlcInstallHint.forSystem("Linux", "ID=\"opensuse-tumbleweed\"\nID_LIKE=\"opensuse suse\"\n")).isEqualTo("sudo zypper install vlc");
        assertThat(LibVlcInstallHint.forSystem("Mac OS X", "")).startsWith("brew install --cask vlc");
        assertThat(LibVlcInstallHint.forSystem("Windows 11", "")).contains("installer").contains("videolan.org");
        assertThat(LibVlcInstallHint.forSystem("FreeBSD", "")).contains("package manager");
    }
}
