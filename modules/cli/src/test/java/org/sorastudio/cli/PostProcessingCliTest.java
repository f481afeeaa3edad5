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

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;
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

    /**
     * A CLI run killed with SIGKILL while its clip's second step runs (its output half written, its process orphaned):
     * the same command again ends the orphan, runs that step again from the start and keeps the GIF made before.
     */
    @Test
    void aRunKilledWhileAHookRunsIsFinishedByTheSameCommandAgain() throws Exception {
        Path gate = dir.resolve("gate");
        HookStep slow = new HookStep("Slow write", List.of("sh", "-c",
                "printf 'half %s' $$ > \"$1.slow.txt\"; while [ ! -e \"$2\" ]; do sleep 0.1; done; printf ' done %s' $$ >> \"$1.slow.txt\"",
                "sh", "{dir}/{stem}", gate.toString()), 120, true);
        settings(0, HookPresets.GIF, slow);
        List<String> args = List.of("shot", "--prompt", "A kite over a beach", "--base-url", simulator.baseUrl().toString(),
                "--output", "out");
        CliProcess cli = new CliProcess(dir).apiKey(SimulatorFixture.KEY);

        Process killed = cli.start(args.toArray(String[]::new));
        JsonObject running;
        try {
            running = awaitRunningStep(dir.resolve("out"), killed);
        } finally {
            killed.destroyForcibly();
            assertThat(killed.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        ProcessHandle orphan = ProcessHandle.of(running.getAsJsonObject("process").get("pid").getAsLong()).orElseThrow();
        Path clip = TestInputs.clipsWithSidecars(dir.resolve("out")).get(0);
        String stem = clip.getFileName().toString().replaceFirst("\\.mp4$", "");
        Path gif = clip.resolveSibling(stem + ".gif");
        FileTime gifMade = Files.getLastModifiedTime(gif);

        Process again = cli.start(args.toArray(String[]::new));
        // the orphan waits for a gate that does not exist yet: only the second run can have ended it
        assertThat(orphan.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        Files.createFile(gate);
        assertThat(again.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(cli.stdout() + cli.stderr()).isZero();

        assertThat(cli.stdout()).contains(clip + " post-processed (2 steps)");
        assertThat(simulator.acceptedCreates()).as("the clip is not made again").isEqualTo(1);
        assertThat(Files.readString(clip.resolveSibling(stem + ".slow.txt"))).matches("half (\\d+) done \\1")
                .doesNotContain(Long.toString(orphan.pid()));
        assertThat(Files.getLastModifiedTime(gif)).as("Make GIF had succeeded: not run again").isEqualTo(gifMade);
        assertThat(probeCodec(gif)).isEqualTo("gif");
        JsonObject record = JsonDataFile.read(clip.resolveSibling(stem + ".json")).getAsJsonObject("postProcessing");
        assertThat(record.get("status").getAsString()).isEqualTo("SUCCEEDED");
    }

    /** The post-processing record of the first sidecar in {@code out} once it says a step's process runs. */
    private static JsonObject awaitRunningStep(Path out, Process cli) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && cli.isAlive()) {
            if (Files.isDirectory(out)) {
                try (var files = Files.list(out)) {
                    for (Path sidecar : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                        try {
                            JsonObject record = JsonDataFile.read(sidecar).getAsJsonObject("postProcessing");
                            if (record != null && record.has("process") && record.get("running").getAsString().equals("Slow write")) {
                                return record;
                            }
                        } catch (DataFileException e) {
                            // being replaced: read it again
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the CLI did not reach the slow step; alive " + cli.isAlive());
    }

    private static String probeCodec(Path file) throws Exception {
        Process process = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "stream=codec_name", "-of", "default=noprint_wrappers=1:nokey=1", file.toString()).start();
        String codec = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return codec;
    }
}
