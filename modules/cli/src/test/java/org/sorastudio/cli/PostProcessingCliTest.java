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
package org.sorastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.core.model.PostProcessingSettings;
import org.sorastudio.core.model.Settings;
import org.sorastudio.postprocess.HookPresets;

/** The hooks and the free-space threshold of the studio's settings, run by the CLI against the simulator over HTTP. */
class PostProcessingCliTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningSimulator simulator = new RunningSimulator();

    private void settings(long thresholdMb, HookStep... hooks) throws Exception {
        Files.createDirectories(dir.resolve("userdir"));
        Settings settings = Settings.defaults().withPostProcessing(new PostProcessingSettings(List.of(hooks), thresholdMb));
        Files.writeString(dir.resolve("userdir/config.json"), Json.GSON.toJson(settings));
    }

    private CliProcess.Result shot(String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("shot", "--prompt", "A kite over a beach", "--base-url",
                simulator.baseUrl().toString(), "--output", "out"));
        args.addAll(List.of(extra));
        return new CliProcess(dir).apiKey(SimulatorFixture.KEY).run(args.toArray(String[]::new));
    }

    @Test
    void theSettingsHooksRunOnEveryClip() throws Exception {
        settings(0, HookPresets.GIF);

        CliProcess.Result result = shot();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path clip = TestInputs.clipsWithSidecars(dir.resolve("out")).get(0);
        Path gif = clip.resolveSibling(clip.getFileName().toString().replace(".mp4", ".gif"));
        assertThat(probeCodec(gif)).isEqualTo("gif");
        assertThat(result.stdout()).contains(clip + " post-processed (1 step)");
        assertThat(Files.readString(clip.resolveSibling(clip.getFileName().toString().replace(".mp4", ".json"))))
                .contains("\"postProcessing\"").contains("\"status\": \"SUCCEEDED\"");
    }

    @Test
    void noHooksRunsNone() throws Exception {
        settings(0, HookPresets.GIF);

        CliProcess.Result result = shot("--no-hooks");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(TestInputs.clipsWithSidecars(dir.resolve("out"))).hasSize(1);
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".gif"))).isEmpty();
        }
    }

    @Test
    void aFailingHookKeepsTheClipAndExitsFour() throws Exception {
        settings(0, new HookStep("Upload", List.of("sorastudio-missing-uploader", "{clip}"), 10, true));

        CliProcess.Result result = shot();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.JOBS_FAILED);
        assertThat(TestInputs.clipsWithSidecars(dir.resolve("out"))).hasSize(1);
        assertThat(result.stderr()).contains("post-processing failed: Upload: the program 'sorastudio-missing-uploader' could "
                + "not be started").contains("post-processing failed for 1 clips (the clips are kept; see their sidecars)");
    }

    @Test
    void aBatchThatWouldFillTheDiskIsRefusedWithTheNumbersBeforeAnythingIsSent() throws Exception {
        settings(1_000_000_000L); // a petabyte must stay free

        CliProcess.Result result = shot();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILURE);
        assertThat(result.stderr()).contains("This batch needs about 3 MB in ").contains("/out; ")
                .contains("should stay free").contains("--ignore-disk-space");
        assertThat(simulator.acceptedCreates()).isZero();

        CliProcess.Result anyway = shot("--ignore-disk-space");
        assertThat(anyway.exitCode()).as(anyway.toString()).isZero();
        assertThat(simulator.acceptedCreates()).isEqualTo(1);
    }

    private static String probeCodec(Path file) throws Exception {
        Process process = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "stream=codec_name", "-of", "default=noprint_wrappers=1:nokey=1", file.toString()).start();
        String codec = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return codec;
    }
}
