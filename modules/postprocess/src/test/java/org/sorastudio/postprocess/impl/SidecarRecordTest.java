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
package org.sorastudio.postprocess.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.postprocess.ClipOutcome;
import org.sorastudio.postprocess.ClipValues;
import org.sorastudio.postprocess.StepResult;

/** The post-processing record in a sidecar, written and read back, and sidecars that say something else. */
class SidecarRecordTest {

    @TempDir
    Path folder;

    @Test
    void aFailedChainReadsBackAsWritten() throws Exception {
        ClipValues clip = clip("{\"videoId\": \"video_1\", \"request\": {\"prompt\": \"a test\"}}");
        StepResult made = new StepResult("Make folder", List.of("mkdir", "x"), StepResult.Outcome.SUCCEEDED, 0,
                Duration.ofMillis(12), "", 0, "");
        StepResult failed = new StepResult("Make GIF", List.of("ffmpeg", "-i", "a b.mp4"), StepResult.Outcome.FAILED, 1,
                Duration.ofMillis(340), "first line\nlast line", 21, "exited with status 1: last line");
        SidecarRecord.write(clip.sidecar(), new ClipOutcome(clip.jobId(), clip.clip(), ClipOutcome.Status.FAILED,
                List.of(made, failed), "Make GIF: exited with status 1: last line"));

        ClipOutcome read = SidecarRecord.read(clip).orElseThrow();

        assertThat(read.restored()).isTrue();
        assertThat(read.status()).isEqualTo(ClipOutcome.Status.FAILED);
        assertThat(read.reason()).isEqualTo("Make GIF: exited with status 1: last line");
        assertThat(read.steps()).containsExactly(made, failed);
        assertThat(JsonDataFile.read(clip.sidecar()).get("videoId").getAsString()).as("the queue's part is kept").isEqualTo("video_1");
        assertThat(clip.sidecar().resolveSibling("c.json.bak")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"videoId\": \"v\"}",
        "{\"postProcessing\": \"FAILED\"}",
        "{\"postProcessing\": {\"status\": \"INTERRUPTED\"}}",
        "{\"postProcessing\": {\"status\": 7}}",
        "{\"postProcessing\": []}",
        "not json at all",
        ""
    })
    void aSidecarWithoutARecordRestoresNothing(String sidecar) throws Exception {
        assertThat(SidecarRecord.read(clip(sidecar))).isEmpty();
    }

    @Test
    void anUnfinishedChainReadsBackInterruptedWithTheStepsThatSucceededAndTheOneThatRan() throws Exception {
        ClipValues clip = clip("{\"videoId\": \"video_1\"}");
        StepResult made = new StepResult("Make GIF", List.of("ffmpeg"), StepResult.Outcome.SUCCEEDED, 0, Duration.ofMillis(5), "", 0, "");
        SidecarRecord.writeUnfinished(clip.sidecar(), new ClipOutcome(clip.jobId(), clip.clip(), ClipOutcome.Status.RUNNING,
                List.of(made), ""), "Upload", ProcessHandle.current());

        ClipOutcome read = SidecarRecord.read(clip).orElseThrow();

        assertThat(read.status()).isEqualTo(ClipOutcome.Status.INTERRUPTED);
        assertThat(read.finished()).isFalse();
        assertThat(read.restored()).isTrue();
        assertThat(read.steps()).containsExactly(made);
        assertThat(read.statusText()).isEqualTo("post-processing interrupted: \"Upload\" was running when the studio or CLI stopped");
        assertThat(SidecarRecord.leftRunning(clip)).as("the very process recorded, still running").contains(ProcessHandle.current());
        assertThat(JsonDataFile.read(clip.sidecar()).get("videoId").getAsString()).isEqualTo("video_1");

        SidecarRecord.writeUnfinished(clip.sidecar(), new ClipOutcome(clip.jobId(), clip.clip(), ClipOutcome.Status.QUEUED,
                List.of(), ""), "", null);
        assertThat(SidecarRecord.read(clip).orElseThrow().statusText())
                .isEqualTo("post-processing interrupted: the studio or CLI stopped before the steps were done");
        assertThat(SidecarRecord.leftRunning(clip)).isEmpty();
    }

    @Test
    void aRecordedProcessThatEndedOrWhoseIdWasReusedIsNotEnded() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        ClipValues clip = clip("{\"postProcessing\": {\"status\": \"RUNNING\", \"running\": \"A\", \"process\": {\"pid\": "
                + ended.pid() + ", \"startedAt\": 1}}}");
        assertThat(SidecarRecord.leftRunning(clip)).isEmpty();
        ClipValues reused = clip("{\"postProcessing\": {\"status\": \"RUNNING\", \"running\": \"A\", \"process\": {\"pid\": "
                + ProcessHandle.current().pid() + ", \"startedAt\": 1}}}");
        assertThat(SidecarRecord.leftRunning(reused)).as("same id, another start time: not the step's process").isEmpty();
    }

    @Test
    void oddStepsAreReadAsFarAsTheyGo() throws Exception {
        ClipValues clip = clip("{\"postProcessing\": {\"status\": \"FAILED\", \"reason\": [1], \"steps\": [3, "
                + "{\"step\": \"A\", \"command\": [\"x\", {}], \"outcome\": \"EXPLODED\", \"exitCode\": \"one\", "
                + "\"elapsedMs\": -5, \"outputBytes\": \"many\"}]}}");

        ClipOutcome read = SidecarRecord.read(clip).orElseThrow();

        assertThat(read.reason()).isEmpty();
        assertThat(read.steps()).containsExactly(new StepResult("A", List.of("x", ""), StepResult.Outcome.NOT_STARTED, null,
                Duration.ZERO, "", 0, ""));
    }

    private ClipValues clip(String sidecarText) throws Exception {
        Path clip = folder.resolve("c.mp4");
        Path sidecar = folder.resolve("c.json");
        Files.write(clip, new byte[]{1, 2, 3});
        Files.writeString(sidecar, sidecarText, StandardCharsets.UTF_8);
        return new ClipValues("job-c", clip, Map.of("clip", clip.toString(), "sidecar", sidecar.toString()));
    }
}
