package org.sorastudio.media.impl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.media.probe.MediaProbeException;

class MissingFfmpegTest {

    @TempDir
    Path folder;

    @AfterEach
    void restore() {
        System.clearProperty(FfmpegTools.DIRECTORY_PROPERTY);
    }

    @Test
    void aMissingFfprobeIsReportedWithHowToInstallIt() throws Exception {
        Path emptyBin = Files.createDirectory(folder.resolve("bin"));
        Path video = Files.writeString(folder.resolve("clip.mp4"), "x");
        System.setProperty(FfmpegTools.DIRECTORY_PROPERTY, emptyBin.toString());

        assertThatThrownBy(() -> new FfprobeMediaProbe().probe(video))
                .isInstanceOf(MediaProbeException.class)
                .hasMessageStartingWith(video + ": ffmpeg/ffprobe could not be started; install ffmpeg")
                .hasMessageContaining("-Dsorastudio.ffmpeg.dir");
    }
}
