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
package org.sorastudio.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.HookStep;

/** Every preset on a real clip, its output checked with ffprobe. */
class HookPresetsTest {

    @TempDir
    static Path folder;

    private static ClipValues landscape;
    private static ClipValues portrait;
    private final StepRunner runner = new StepRunner();

    @BeforeAll
    static void makeClips() throws Exception {
        landscape = TestClips.clip(folder, "landscape", 640, 360, 2);
        portrait = TestClips.clip(folder, "portrait", 360, 640, 1);
    }

    private StepResult run(HookStep preset, ClipValues clip) {
        StepResult result = runner.run(preset, clip);
        assertThat(result.succeeded()).as(result.message() + "\n" + result.output()).isTrue();
        return result;
    }

    @Test
    void gif() throws Exception {
        run(HookPresets.GIF, landscape);
        Path gif = folder.resolve("landscape.gif");
        assertThat(TestClips.probe(gif, "v", "stream=codec_name")).isEqualTo("gif");
        assertThat(TestClips.probe(gif, "v", "stream=width")).isEqualTo("480");
    }

    @Test
    void webFriendlyCopy() throws Exception {
        run(HookPresets.WEB_COPY, landscape);
        Path copy = folder.resolve("landscape.web.mp4");
        assertThat(TestClips.probe(copy, "v", "stream=codec_name,pix_fmt")).isEqualTo("h264\nyuv420p");
        assertThat(TestClips.probe(copy, "a", "stream=codec_name")).isEqualTo("aac");
    }

    @Test
    void loudnessNormalised() throws Exception {
        run(HookPresets.LOUDNESS, landscape);
        Path normalised = folder.resolve("landscape.loudnorm.mp4");
        assertThat(TestClips.probe(normalised, "a", "stream=codec_name,sample_rate")).isEqualTo("aac\n48000");
        assertThat(TestClips.probe(normalised, "v", "stream=codec_name")).isEqualTo("h264");
    }

    @Test
    void scaledTo1080pBothWays() throws Exception {
        run(HookPresets.SCALE_1080P, landscape);
        run(HookPresets.SCALE_1080P, portrait);
        assertThat(TestClips.probe(folder.resolve("landscape.1080p.mp4"), "v", "stream=width,height")).isEqualTo("1920\n1080");
        assertThat(TestClips.probe(folder.resolve("portrait.1080p.mp4"), "v", "stream=width,height")).isEqualTo("1080\n1920");
    }

    @Test
    void lastFrame() throws Exception {
        run(HookPresets.LAST_FRAME, landscape);
        Path frame = folder.resolve("landscape.last.png");
        assertThat(TestClips.probe(frame, "v", "stream=codec_name,width,height")).isEqualTo("png\n640\n360");
        assertThat(Files.size(frame)).isPositive();
    }
}
