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
package org.sorastudio.media.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.media.TestMedia;

class FfprobeMediaProbeTest {

    @TempDir
    Path folder;

    private final MediaProbe probe = Lookup.getDefault().lookup(MediaProbe.class);

    @Test
    void readsVideoAndAudioFacts() throws Exception {
        Path clip = TestMedia.clip(folder, "clip.mp4", 320, 180, 30, 2, true);

        MediaInfo info = probe.probe(clip);

        assertThat(info.file()).isEqualTo(clip);
        assertThat(info.durationSeconds()).isCloseTo(2.0, within(0.001));
        assertThat(info.width()).isEqualTo(320);
        assertThat(info.height()).isEqualTo(180);
        assertThat(info.sampleAspectRatio()).isEqualTo("1:1");
        assertThat(info.frameRate()).isEqualTo(FrameRate.of(30));
        assertThat(info.videoCodec()).isEqualTo("h264");
        assertThat(info.pixelFormat()).isEqualTo("yuv420p");
        assertThat(info.hasAudio()).isTrue();
        assertThat(info.audio()).isEqualTo(new MediaInfo.AudioInfo("aac", 48_000, 2));
    }

    @Test
    void aClipWithoutSoundHasNoAudio() throws Exception {
        MediaInfo info = probe.probe(TestMedia.clip(folder, "silent.mp4", 160, 120, 25, 1, false));

        assertThat(info.hasAudio()).isFalse();
        assertThat(info.audio()).isNull();
        assertThat(info.frameRate()).isEqualTo(FrameRate.of(25));
    }

    @Test
    void unusableFilesAreNamedWithTheReason() throws Exception {
        Path missing = folder.resolve("missing.mp4");
        assertThatThrownBy(() -> probe.probe(missing))
                .isInstanceOfSatisfying(MediaProbeException.class, e -> {
                    assertThat(e.file()).isEqualTo(missing);
                    assertThat(e.problem()).isEqualTo("file not found");
                })
                .hasMessage(missing + ": file not found");
        assertThatThrownBy(() -> probe.probe(folder))
                .hasMessage(folder + ": is a folder, not a video file");
        Path text = Files.writeString(folder.resolve("readme.mp4"), "hello");
        assertThatThrownBy(() -> probe.probe(text))
                .hasMessageStartingWith(text + ": not a readable video (")
                .hasMessageContaining("Invalid data found when processing input");
    }

    @Test
    void frameRatesAreExactFractions() {
        assertThat(new FrameRate(60000, 2002)).isEqualTo(new FrameRate(30000, 1001));
        assertThat(new FrameRate(30000, 1001).toString()).isEqualTo("30000/1001");
        assertThat(FrameRate.of(25).frameSeconds()).isEqualTo(0.04);
        assertThatThrownBy(() -> new FrameRate(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
