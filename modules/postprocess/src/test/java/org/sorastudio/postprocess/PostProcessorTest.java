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

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.postprocess.ClipOutcome.Status;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.testing.fixtures.SimulatorQueue;

/** Real queue, real HTTP to the simulator, real ffmpeg. */
class PostProcessorTest {

    @TempDir
    Path folder;

    @Test
    void aBatchOfTenWithMakeGifGivesTenClipsAndTenGifs() throws Exception {
        try (SimulatorQueue sim = new SimulatorQueue(folder, 40, 4);
             PostProcessor hooks = new PostProcessor(() -> List.of(HookPresets.GIF), 2)) {
            sim.queue.addListener(hooks.listenerFor(sim.queue));

            sim.queue.enqueue(SimulatorQueue.shots(10, "A paper boat on a pond"));

            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(3))).isTrue();
            List<Job> jobs = sim.queue.jobs();
            for (Job job : jobs) {
                awaitFinished(hooks, job.id());
            }
            assertThat(jobs).hasSize(10).allMatch(job -> job.state() == JobState.COMPLETED);
            for (Job job : jobs) {
                Path gif = job.videoFile().resolveSibling(ClipValues.stem(job.videoFile()) + ".gif");
                assertThat(TestClips.probe(gif, "v", "stream=codec_name")).isEqualTo("gif");
                JsonObject record = JsonDataFile.read(job.sidecarFile()).getAsJsonObject("postProcessing");
                assertThat(record.get("status").getAsString()).isEqualTo("SUCCEEDED");
                JsonObject step = record.getAsJsonArray("steps").get(0).getAsJsonObject();
                assertThat(step.get("exitCode").getAsInt()).isZero();
                assertThat(step.get("step").getAsString()).isEqualTo("Make GIF");
                assertThat(hooks.outcome(job.id()).orElseThrow().status()).isEqualTo(Status.SUCCEEDED);
            }
            try (Stream<Path> files = Files.list(sim.clips)) {
                List<String> names = files.map(f -> f.getFileName().toString()).toList();
                assertThat(names.stream().filter(name -> name.endsWith(".mp4")).count()).isEqualTo(10);
                assertThat(names).noneMatch(name -> name.endsWith(".bak") || name.endsWith(".tmp"));
            }
        }
    }

    @Test
    void aFailedStepMarksTheClipKeepsItAndRetryRunsTheChainAgain() throws Exception {
        Path marker = folder.resolve("allowed");
        // fails until the marker exists: "test -e" is the program, no shell
        HookStep check = new HookStep("Check marker", List.of("test", "-e", marker.toString()), 10, true);
        HookStep copy = new HookStep("Copy clip", List.of("cp", "{clip}", "{dir}/{stem}.copy.mp4"), 10, true);
        try (SimulatorQueue sim = new SimulatorQueue(folder, 40, 2);
             PostProcessor hooks = new PostProcessor(() -> List.of(check, copy), 1)) {
            List<ClipOutcome> heard = new CopyOnWriteArrayList<>();
            hooks.addListener(heard::add);
            sim.queue.addListener(hooks.listenerFor(sim.queue));

            sim.queue.enqueue(SimulatorQueue.shots(1, "A lighthouse at dusk"));
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(2))).isTrue();

            Job job = sim.queue.jobs().get(0);
            ClipOutcome failed = awaitFinished(hooks, job.id());
            assertThat(failed.status()).isEqualTo(Status.FAILED);
            assertThat(failed.statusText()).isEqualTo("post-processing failed: Check marker: exited with status 1");
            assertThat(failed.steps()).hasSize(1);
            assertThat(job.videoFile()).exists();
            assertThat(JsonDataFile.read(job.sidecarFile()).getAsJsonObject("postProcessing").get("reason").getAsString())
                    .isEqualTo("Check marker: exited with status 1");
            assertThat(heard).extracting(ClipOutcome::status).containsExactly(Status.QUEUED, Status.RUNNING, Status.FAILED);

            Files.createFile(marker);
            assertThat(hooks.retry(job.id())).isTrue();
            assertThat(hooks.awaitIdle(Duration.ofMinutes(1))).isTrue();

            assertThat(awaitFinished(hooks, job.id()).status()).isEqualTo(Status.SUCCEEDED);
            assertThat(job.videoFile().resolveSibling(ClipValues.stem(job.videoFile()) + ".copy.mp4"))
                    .hasSameBinaryContentAs(job.videoFile());
            assertThat(hooks.retry(job.id())).as("only a failed clip is retried").isFalse();
        }
    }

    @Test
    void aFailureOutlivesARestartAndRetryRunsOnlyTheFailedStepAndTheStepsAfterIt() throws Exception {
        Path marker = folder.resolve("allowed");
        // "mkdir" fails when run twice on the same folder: Retry must not run the step that succeeded
        HookStep once = new HookStep("Make folder", List.of("mkdir", "{dir}/{stem}.frames"), 10, true);
        HookStep check = new HookStep("Check marker", List.of("test", "-e", marker.toString()), 10, true);
        HookStep copy = new HookStep("Copy clip", List.of("cp", "{clip}", "{dir}/{stem}.copy.mp4"), 10, true);
        List<HookStep> chain = List.of(once, check, copy);
        Path journal;
        Job job;
        byte[] clipBefore;
        try (SimulatorQueue sim = new SimulatorQueue(folder, 40, 2);
             PostProcessor hooks = new PostProcessor(() -> chain, 1)) {
            sim.queue.addListener(hooks.listenerFor(sim.queue));
            sim.queue.enqueue(SimulatorQueue.shots(1, "A harbour crane"));
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(2))).isTrue();
            job = sim.queue.jobs().get(0);
            assertThat(awaitFinished(hooks, job.id()).status()).isEqualTo(Status.FAILED);
            journal = sim.queue.journal();
            clipBefore = Files.readAllBytes(job.videoFile());
        }
        JsonObject record = JsonDataFile.read(job.sidecarFile()).getAsJsonObject("postProcessing");
        assertThat(record.get("status").getAsString()).isEqualTo("FAILED");
        assertThat(record.getAsJsonArray("steps")).hasSize(2);

        // the studio again: the same journal, a new processor that has not seen the clip
        try (SimulatorQueue sim = new SimulatorQueue(folder, 40, 2, journal);
             PostProcessor hooks = new PostProcessor(() -> chain, 1)) {
            List<ClipOutcome> heard = new CopyOnWriteArrayList<>();
            hooks.addListener(heard::add);
            sim.queue.addListener(hooks.listenerFor(sim.queue));
            hooks.restore(sim.queue);
            assertThat(hooks.awaitIdle(Duration.ofSeconds(30))).isTrue();

            ClipOutcome restored = hooks.outcome(job.id()).orElseThrow();
            assertThat(restored.restored()).isTrue();
            assertThat(restored.statusText()).isEqualTo("post-processing failed: Check marker: exited with status 1");
            assertThat(restored.steps()).extracting(StepResult::step, StepResult::outcome).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Make folder", StepResult.Outcome.SUCCEEDED),
                    org.assertj.core.groups.Tuple.tuple("Check marker", StepResult.Outcome.FAILED));
            assertThat(restored.steps().get(1).exitCode()).isEqualTo(1);
            assertThat(heard).as("nothing was run on opening").extracting(ClipOutcome::status).containsExactly(Status.FAILED);

            Files.createFile(marker);
            assertThat(hooks.retry(job.id())).isTrue();
            assertThat(hooks.awaitIdle(Duration.ofMinutes(1))).isTrue();

            ClipOutcome retried = hooks.outcome(job.id()).orElseThrow();
            assertThat(retried.status()).as(retried.reason()).isEqualTo(Status.SUCCEEDED);
            assertThat(retried.steps()).extracting(StepResult::step).containsExactly("Make folder", "Check marker", "Copy clip");
            assertThat(retried.steps().get(0)).as("the step that had succeeded is kept, not run again")
                    .isEqualTo(restored.steps().get(0));
            Path copied = job.videoFile().resolveSibling(ClipValues.stem(job.videoFile()) + ".copy.mp4");
            assertThat(copied).hasSameBinaryContentAs(job.videoFile());
            assertThat(job.videoFile()).as("the clip is never touched").hasBinaryContent(clipBefore);
            JsonObject after = JsonDataFile.read(job.sidecarFile()).getAsJsonObject("postProcessing");
            assertThat(after.get("status").getAsString()).isEqualTo("SUCCEEDED");
            assertThat(after.getAsJsonArray("steps")).hasSize(3);
            assertThat(JsonDataFile.read(job.sidecarFile()).get("videoId").getAsString()).isEqualTo(job.videoId());
        }
    }

    @Test
    void aProcessorClosedDuringAStepEndsItLeavesItPendingAndWithNoStepOnTheNextMarksItInterruptedForRetry() throws Exception {
        Path gate = folder.resolve("gate");
        HookStep wait = new HookStep("Wait for gate", List.of("sh", "-c", "while [ ! -e \"$1\" ]; do sleep 0.1; done", "sh",
                gate.toString()), 120, true);
        Path journal;
        Job job;
        PostProcessor hooks = new PostProcessor(() -> List.of(wait), 1);
        try (SimulatorQueue sim = new SimulatorQueue(folder, 40, 2)) {
            sim.queue.addListener(hooks.listenerFor(sim.queue));
            sim.queue.enqueue(SimulatorQueue.shots(1, "A closing studio"));
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(2))).isTrue();
            job = sim.queue.jobs().get(0);
            JsonObject running = awaitRecord(job.sidecarFile(), record -> record.has("process"));
            ProcessHandle step = ProcessHandle.of(running.getAsJsonObject("process").get("pid").getAsLong()).orElseThrow();

            hooks.close(); // the studio exits

            assertThat(step.onExit().get(20, TimeUnit.SECONDS).isAlive()).as("the step's process is ended").isFalse();
            assertThat(hooks.awaitIdle(Duration.ofSeconds(20))).isTrue();
            journal = sim.queue.journal();
        } finally {
            hooks.close();
        }
        JsonObject left = JsonDataFile.read(job.sidecarFile()).getAsJsonObject("postProcessing");
        assertThat(left.get("status").getAsString()).as("ended, not failed: %s", left).isEqualTo("RUNNING");
        assertThat(left.get("running").getAsString()).isEqualTo("Wait for gate");

        AtomicReference<List<HookStep>> steps = new AtomicReference<>(List.of());
        try (SimulatorQueue sim = new SimulatorQueue(folder, 40, 2, journal);
             PostProcessor next = new PostProcessor(steps::get, 1)) {
            next.restore(sim.queue);
            assertThat(next.awaitIdle(Duration.ofSeconds(30))).isTrue();
            ClipOutcome interrupted = next.outcome(job.id()).orElseThrow();
            assertThat(interrupted.status()).as("no step is on now: marked, not run").isEqualTo(Status.INTERRUPTED);
            assertThat(interrupted.statusText())
                    .isEqualTo("post-processing interrupted: \"Wait for gate\" was running when the studio or CLI stopped");

            steps.set(List.of(wait));
            Files.createFile(gate);
            assertThat(next.retry(job.id())).isTrue();
            assertThat(awaitFinished(next, job.id()).status()).isEqualTo(Status.SUCCEEDED);
            assertThat(JsonDataFile.read(job.sidecarFile()).getAsJsonObject("postProcessing").get("status").getAsString())
                    .isEqualTo("SUCCEEDED");
        }
    }

    /** The sidecar's post-processing record once {@code ready} holds for it. */
    private static JsonObject awaitRecord(Path sidecar, Predicate<JsonObject> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                JsonObject record = JsonDataFile.read(sidecar).getAsJsonObject("postProcessing");
                if (record != null && ready.test(record)) {
                    return record;
                }
            } catch (DataFileException e) {
                // being replaced: read it again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the sidecar " + sidecar + " did not get the record in a minute");
    }

    @Test
    void aSlowHookDoesNotHoldUpDownloads() throws Exception {
        HookStep slow = new HookStep("Slow", List.of("sleep", "3"), 30, true);
        try (SimulatorQueue sim = new SimulatorQueue(folder, 40, 4);
             PostProcessor hooks = new PostProcessor(() -> List.of(slow), 1)) {
            sim.queue.addListener(hooks.listenerFor(sim.queue));
            AtomicReference<Long> lastDownload = new AtomicReference<>();

            long start = System.nanoTime();
            sim.queue.enqueue(SimulatorQueue.shots(4, "A slow hook"));
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(2))).isTrue();
            lastDownload.set(System.nanoTime() - start);

            assertThat(sim.queue.jobs()).allMatch(job -> job.state() == JobState.COMPLETED);
            // one hook thread, 3 s a clip: the hooks need 12 s, and the queue finished with most of them still waiting
            assertThat(hooks.awaitIdle(Duration.ZERO)).isFalse();
            assertThat(hooks.awaitIdle(Duration.ofMinutes(1))).isTrue();
            assertThat(System.nanoTime() - start).isGreaterThan(lastDownload.get() + Duration.ofSeconds(3).toNanos());
        }
    }

    /**
     * The clip's outcome once its chain has ended. The queue tells its listeners a moment after {@code awaitIdle}
     * returns, so the hooks may not have heard of the clip yet when the queue is idle: wait for the outcome itself.
     */
    private static ClipOutcome awaitFinished(PostProcessor hooks, String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            ClipOutcome outcome = hooks.outcome(jobId).orElse(null);
            if (outcome != null && (outcome.status() == Status.SUCCEEDED || outcome.status() == Status.FAILED)) {
                return outcome;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the hooks did not finish clip " + jobId + " within two minutes: " + hooks.outcome(jobId));
    }
}
