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
