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
package org.sorastudio.queue.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.openai.ContentVariant;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.queue.api.Transition;

class QueueEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @TempDir
    Path folder;

    @Test
    void batchEndsWithClipsAndSidecarsAndNeverExceedsTheParallelLimit() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            RenderQueue queue = sim.open(3);
            AtomicInteger running = new AtomicInteger();
            AtomicInteger mostRunning = new AtomicInteger();
            Map<String, JobState> states = new HashMap<>();
            queue.addListener(new QueueListener() {
                @Override
                public void jobChanged(Job job) {
                    JobState before = states.put(job.id(), job.state());
                    if (before != null && before.holdsSlot()) {
                        running.decrementAndGet();
                    }
                    if (job.state().holdsSlot()) {
                        mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                    }
                }
            });
            List<String> ids = queue.enqueue(IntStream.range(0, 8)
                    .mapToObj(i -> SimulatorFixture.spec("Shot " + i + ": a lighthouse at dawn")).toList());

            assertThat(queue.awaitIdle(WAIT)).isTrue();

            assertThat(mostRunning.get()).isBetween(1, 3);
            assertThat(sim.server.acceptedCreates()).isEqualTo(8);
            assertThat(queue.stats().completed()).isEqualTo(8);
            for (String id : ids) {
                Job job = queue.job(id).orElseThrow();
                assertThat(job.state()).isEqualTo(JobState.COMPLETED);
                assertThat(job.videoFile()).isRegularFile();
                assertThat(Files.size(job.videoFile())).isPositive();
                assertThat(job.videoFile().getFileName().toString()).contains(job.videoId()).endsWith(".mp4")
                        .contains("a-lighthouse-at-dawn");
                assertThat(job.videoFile().resolveSibling(job.videoFile().getFileName().toString()
                        .replace(".mp4", ".thumbnail.webp"))).isRegularFile();
                assertThat(job.transitions()).extracting(Transition::state).containsSubsequence(JobState.QUEUED,
                        JobState.SUBMITTING, JobState.IN_PROGRESS, JobState.DOWNLOADING, JobState.COMPLETED);
                JsonObject sidecar = JsonDataFile.read(job.sidecarFile());
                assertThat(sidecar.getAsJsonObject("request").get("prompt").getAsString()).isEqualTo(job.spec().prompt());
                assertThat(sidecar.getAsJsonObject("response").get("id").getAsString()).isEqualTo(job.videoId());
                assertThat(sidecar.getAsJsonObject("response").get("status").getAsString()).isEqualTo("completed");
                assertThat(sidecar.getAsJsonArray("requestIds")).isNotEmpty();
                assertThat(Files.readString(job.sidecarFile())).doesNotContain(SimulatorFixture.KEY);
            }
            try (var leftovers = Files.list(folder.resolve("clips"))) {
                assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        }
    }

    @Test
    void learnedRateLimitIsNeverExceeded() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().requestsPerMinute(120), folder)) {
            // Leave the key's bucket nearly empty, so the queue must live on the refill rate (2 per second).
            for (int i = 0; i < 118; i++) {
                sim.client.listModels();
            }
            RenderQueue queue = sim.open(4);
            queue.enqueue(IntStream.range(0, 4).mapToObj(i -> SimulatorFixture.spec("Rate shot " + i)).toList());

            assertThat(queue.awaitIdle(WAIT)).isTrue();

            assertThat(queue.stats().completed()).isEqualTo(4);
            assertThat(sim.rateLimitedResponses.get()).isZero();
            assertThat(queue.stats().rateLimited()).isZero();
            assertThat(sim.server.acceptedCreates()).isEqualTo(4);
        }
    }

    @Test
    void reorderedQueuedJobsAreSubmittedInTheNewOrderAndCancelledOnesNever() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            RenderQueue queue = sim.open(1);
            queue.pause();
            List<String> ids = queue.enqueue(List.of(SimulatorFixture.spec("First"), SimulatorFixture.spec("Second"),
                    SimulatorFixture.spec("Third"), SimulatorFixture.spec("Fourth")));
            queue.move(ids.get(3), -3);
            queue.move(ids.get(0), 1);
            queue.cancel(ids.get(2));

            assertThat(queue.jobs()).extracting(Job::id).containsExactly(ids.get(3), ids.get(1), ids.get(0), ids.get(2));
            assertThat(queue.job(ids.get(2)).orElseThrow().state()).isEqualTo(JobState.CANCELLED);

            queue.resume();
            assertThat(queue.awaitIdle(WAIT)).isTrue();

            assertThat(sim.server.acceptedCreates()).isEqualTo(3);
            List<String> bySubmission = queue.jobs().stream()
                    .filter(job -> job.state() == JobState.COMPLETED)
                    .sorted((a, b) -> submittedAt(a).compareTo(submittedAt(b)))
                    .map(Job::id).toList();
            assertThat(bySubmission).containsExactly(ids.get(3), ids.get(1), ids.get(0));

            queue.retry(ids.get(2));
            assertThat(queue.awaitIdle(WAIT)).isTrue();
            assertThat(queue.job(ids.get(2)).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
            assertThat(sim.server.acceptedCreates()).isEqualTo(4);
        }
    }

    @Test
    void cancellingARunningJobStopsItAndLeavesNoFiles() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().renderMillisPerVideoSecond(1500), folder)) {
            RenderQueue queue = sim.open(2);
            SimulatorFixture.Recorder recorder = new SimulatorFixture.Recorder();
            queue.addListener(recorder);
            String id = queue.enqueue(List.of(SimulatorFixture.spec("A slow one"))).get(0);
            awaitState(queue, id, JobState.IN_PROGRESS);

            queue.cancel(id);

            assertThat(queue.awaitIdle(WAIT)).isTrue();
            Job job = queue.job(id).orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.CANCELLED);
            assertThat(job.videoId()).isNotNull();
            assertThat(job.videoFile()).isNull();
            assertThat(Files.exists(folder.resolve("clips"))
                    ? Files.list(folder.resolve("clips")).count() : 0).isZero();
            queue.cancelAll();
            assertThat(queue.stats().cancelled()).isEqualTo(1);
        }
    }

    @Test
    void cancelAllStopsQueuedAndRunningJobsAndNothingMoreIsSent() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().renderMillisPerVideoSecond(1500), folder)) {
            RenderQueue queue = sim.open(2);
            List<String> ids = queue.enqueue(specs("Cancelled batch", 5));
            awaitState(queue, ids.get(0), JobState.IN_PROGRESS);

            queue.cancelAll();

            assertThat(queue.awaitIdle(WAIT)).isTrue();
            assertThat(queue.jobs()).extracting(Job::state).containsOnly(JobState.CANCELLED);
            assertThat(sim.server.acceptedCreates()).isLessThanOrEqualTo(2);
            assertThat(queue.job(ids.get(4)).orElseThrow().videoId()).isNull();
        }
    }

    @Test
    void failedAndModerationBlockedJobsFailWithTheServersReason() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().moderationWords(Set.of("forbidden")),
                folder)) {
            RenderQueue queue = sim.open(2);
            List<String> ids = queue.enqueue(List.of(SimulatorFixture.spec("A forbidden scene"),
                    SimulatorFixture.spec("A harmless scene"), SimulatorFixture.spec("   ")));

            assertThat(queue.awaitIdle(WAIT)).isTrue();

            Job blocked = queue.job(ids.get(0)).orElseThrow();
            assertThat(blocked.state()).isEqualTo(JobState.FAILED);
            assertThat(blocked.statusText()).startsWith("blocked by moderation");
            assertThat(blocked.requestIds()).isNotEmpty();
            assertThat(queue.job(ids.get(1)).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
            Job empty = queue.job(ids.get(2)).orElseThrow();
            assertThat(empty.state()).isEqualTo(JobState.FAILED);
            assertThat(empty.statusText()).contains("prompt must not be empty");
            assertThat(sim.server.acceptedCreates()).isEqualTo(2);
        }
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().failureRate(1.0), folder.resolve("b"))) {
            RenderQueue queue = sim.open(2);
            String id = queue.enqueue(List.of(SimulatorFixture.spec("Doomed"))).get(0);
            assertThat(queue.awaitIdle(WAIT)).isTrue();
            Job job = queue.job(id).orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.statusText()).contains("video_generation_failed");
        }
    }

    @Test
    void cutDownloadsAreResumedAndTheClipIsComplete() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().resetDownloadAfterBytes(10_000), folder)) {
            RenderQueue queue = sim.open(2);
            String id = queue.enqueue(List.of(SimulatorFixture.spec("Cut twice"))).get(0);

            assertThat(queue.awaitIdle(WAIT)).isTrue();

            Job job = queue.job(id).orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.COMPLETED);
            Path reference = folder.resolve("reference.mp4");
            sim.client.downloadContent(job.videoId(), ContentVariant.VIDEO, reference);
            assertThat(Files.mismatch(job.videoFile(), reference)).isEqualTo(-1);
        }
    }

    @Test
    void aShotsOutputNameNamesItsClipInsideTheOutputFolderOnly() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            RenderQueue queue = sim.open(2);
            List<String> ids = queue.enqueue(List.of(
                    new JobSpec("a", "A named fox", "sora-2", "1280x720", 4, null, SimulatorFixture.PROFILE, null, "fox-take-1"),
                    new JobSpec("b", "A hostile owl", "sora-2", "1280x720", 4, null, SimulatorFixture.PROFILE, null, "../../owl")));

            assertThat(queue.awaitIdle(WAIT)).isTrue();

            Path clips = folder.resolve("clips").toAbsolutePath().normalize();
            Job named = queue.job(ids.get(0)).orElseThrow();
            assertThat(named.videoFile()).isEqualTo(clips.resolve("fox-take-1.mp4"));
            Job hostile = queue.job(ids.get(1)).orElseThrow();
            assertThat(hostile.videoFile().getParent()).isEqualTo(clips);
            assertThat(hostile.videoFile().getFileName().toString()).doesNotContain("/").endsWith("owl.mp4");
        }
    }

    @Test
    void openingAQueueRemovesTheTemporaryFilesOfItsKilledJournalWritesAndNothingElse() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            String journal = "project.sorastudio.queue.json";
            List<Path> stale = List.of(folder.resolve("." + journal + ".8152930366419.tmp"),
                    folder.resolve("." + journal + ".-42.bak.tmp"));
            List<Path> kept = List.of(folder.resolve("." + journal + ".notes.tmp"), folder.resolve("." + journal + ".123.tmp.mp4"),
                    folder.resolve(".other.queue.json.123.tmp"), folder.resolve("my." + journal + ".123.tmp"));
            for (Path file : stale) {
                Files.writeString(file, "{\"jobs\": [");
            }
            for (Path file : kept) {
                Files.writeString(file, "the user's");
            }

            sim.open(1);

            assertThat(stale).noneMatch(Files::exists);
            assertThat(kept).allMatch(Files::exists);
        }
    }

    @Test
    void aJobPastItsMaximumWaitFailsWithItsRequestIds() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().renderMillisPerVideoSecond(10_000), folder)) {
            RenderQueue queue = sim.open(1, Duration.ofMillis(1500));
            String id = queue.enqueue(List.of(SimulatorFixture.spec("Too slow"))).get(0);

            assertThat(queue.awaitIdle(WAIT)).isTrue();

            Job job = queue.job(id).orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.FAILED);
            assertThat(job.statusText()).startsWith("not finished after").contains(job.videoId())
                    .contains(job.requestIds().get(0));
        }
    }

    @Test
    void aJobStuckAt99IsProbedAndFinishesWhenItsClipIsThere() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().stickAt99(true), folder)) {
            RenderQueue queue = sim.open(1);
            String id = queue.enqueue(List.of(SimulatorFixture.spec("Never quite done"))).get(0);

            assertThat(queue.awaitIdle(WAIT)).isTrue();

            Job job = queue.job(id).orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.COMPLETED);
            assertThat(job.transitions()).anyMatch(t -> t.reason().contains("stuck at 99%"));
            assertThat(job.videoFile()).isRegularFile();
        }
    }

    @Test
    void aCreateAnsweredWith500IsReconciledBeforeItIsSentAgain() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            sim.server.injectServerErrors(1);
            RenderQueue queue = sim.open(1);
            String id = queue.enqueue(List.of(SimulatorFixture.spec("Unlucky first try"))).get(0);

            assertThat(queue.awaitIdle(WAIT)).isTrue();

            Job job = queue.job(id).orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.COMPLETED);
            assertThat(job.transitions()).anyMatch(t -> t.reason().contains("has no video for the interrupted create"));
            assertThat(sim.server.acceptedCreates()).isEqualTo(1);
        }
    }

    @Test
    void aJobCaughtSubmittingAdoptsTheVideoItsCreateMadeAndAnIdenticalShotIsSentOnce() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            JobSpec spec = SimulatorFixture.spec("Interrupted while sending");
            Instant sentAt = Instant.now();
            String made = sim.client.create(CreateVideoRequest.of(spec.prompt(), spec.model(), spec.seconds(), spec.size()))
                    .video().id();
            JobRecord caught = new JobRecord("caught", spec);
            caught.moveTo(JobState.SUBMITTING, "sending the create request");
            caught.submittedAt = sentAt;
            JobRecord twin = new JobRecord("twin", spec);
            twin.moveTo(JobState.QUEUED, "queued");
            JsonObject journal = new JsonObject();
            JsonArray jobs = new JsonArray();
            jobs.add(JobCodec.job(caught));
            jobs.add(JobCodec.job(twin));
            journal.add("jobs", jobs);
            new JsonDataFile(folder.resolve("project.sorastudio.queue.json")).write(journal);

            RenderQueue queue = sim.open(2);

            assertThat(queue.awaitIdle(WAIT)).isTrue();
            Job adopted = queue.job("caught").orElseThrow();
            assertThat(adopted.state()).isEqualTo(JobState.COMPLETED);
            assertThat(adopted.videoId()).isEqualTo(made);
            assertThat(adopted.transitions()).anyMatch(t -> t.reason().contains("found on the server as " + made));
            Job sentOnce = queue.job("twin").orElseThrow();
            assertThat(sentOnce.state()).isEqualTo(JobState.COMPLETED);
            assertThat(sentOnce.videoId()).isNotEqualTo(made);
            assertThat(sim.server.acceptedCreates()).isEqualTo(2);
        }
    }

    @Test
    void aPastedVideoIdIsFollowedToItsDownloadWithoutANewCreate() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            String videoId = sim.client.create(CreateVideoRequest.of("Started elsewhere", "sora-2", 4, "1280x720"))
                    .video().id();
            RenderQueue queue = sim.open(1);

            String id = queue.resumeVideo(" " + videoId + " ", SimulatorFixture.PROFILE);

            assertThat(queue.resumeVideo(videoId, SimulatorFixture.PROFILE)).isEqualTo(id);
            assertThat(queue.awaitIdle(WAIT)).isTrue();
            Job job = queue.job(id).orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.COMPLETED);
            assertThat(job.spec().prompt()).isEqualTo("Started elsewhere");
            assertThat(job.videoFile().getFileName().toString()).contains("started-elsewhere");
            assertThat(sim.server.acceptedCreates()).isEqualTo(1);
            assertThatThrownBy(() -> queue.resumeVideo("../etc/passwd", SimulatorFixture.PROFILE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a video id");
        }
    }

    @Test
    void theJournalKeepsTheQueueAcrossARestart() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            RenderQueue first = sim.open(2);
            first.pause();
            List<String> ids = first.enqueue(List.of(SimulatorFixture.spec("Kept one"), SimulatorFixture.spec("Kept two")));
            first.move(ids.get(1), -1);
            assertThat(first.shutdown(Duration.ofSeconds(5))).isTrue();

            RenderQueue second = sim.open(2);
            assertThat(second.jobs()).extracting(Job::id).containsExactly(ids.get(1), ids.get(0));
            assertThat(second.isPaused()).isTrue();
            second.resume();
            assertThat(second.awaitIdle(WAIT)).isTrue();
            assertThat(second.stats().completed()).isEqualTo(2);
            assertThat(sim.server.acceptedCreates()).isEqualTo(2);
        }
    }

    @Test
    void aBrokenJournalIsReportedWithItsPathAndProblem() throws Exception {
        Path journal = folder.resolve("broken.sorastudio.queue.json");
        Files.writeString(journal, "{\"jobs\": [");
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            assertThatThrownBy(() -> RenderQueue.open(journal,
                    new QueueOptions(1, Duration.ofMinutes(1), folder), sim.provider()))
                    .hasMessageContaining(journal.getFileName().toString())
                    .hasMessageContaining("ends too early");
        }
    }

    @Test
    void aJournalWithFieldsOfTheWrongKindNamesTheJobAndFieldWithoutJavaInternals() throws Exception {
        Path journal = folder.resolve("fields.sorastudio.queue.json");
        String job = "{\"id\": \"a\", \"state\": \"DONE\", \"spec\": {\"prompt\": \"p\", \"profile\": \"x\"}}";
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            Files.writeString(journal, "{\"paused\": {}}");
            assertThatThrownBy(() -> RenderQueue.open(journal, new QueueOptions(1, Duration.ofMinutes(1), folder), sim.provider()))
                    .hasMessageContaining("the queue journal is broken: 'paused' must be true or false, not an object");
            Files.writeString(journal, "{\"jobs\": [" + job + "]}");
            assertThatThrownBy(() -> RenderQueue.open(journal, new QueueOptions(1, Duration.ofMinutes(1), folder), sim.provider()))
                    .hasMessageContaining("job 1 of the queue journal is broken: 'state' is not a job state: DONE")
                    .message().doesNotContain("Exception", "java.", "enum");
            String hugeSeconds = job.replace("DONE", "QUEUED").replace("\"p\",", "\"p\", \"seconds\": 1e99999,");
            Files.writeString(journal, "{\"jobs\": [" + hugeSeconds + "]}");
            assertThatThrownBy(() -> RenderQueue.open(journal, new QueueOptions(1, Duration.ofMinutes(1), folder), sim.provider()))
                    .hasMessageContaining("job 1 of the queue journal is broken: 'seconds' must be a whole number, not 1e99999");
        }
    }

    @Test
    void aQueueInUseCannotBeOpenedTwice() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            RenderQueue first = sim.open(1);
            assertThatThrownBy(() -> sim.open(1)).hasMessageContaining("in use by another");
            first.shutdown(Duration.ofSeconds(5));
            assertThat(sim.open(1).jobs()).isEmpty();
        }
    }

    @Test
    void journalLivesBesideTheProject() {
        assertThat(RenderQueue.journalFor(Path.of("/films/trailer.sorastudio")))
                .isEqualTo(Path.of("/films/trailer.sorastudio.queue.json"));
    }

    private static Instant submittedAt(Job job) {
        return job.transitions().stream().filter(t -> t.state() == JobState.SUBMITTING).map(Transition::at)
                .reduce((a, b) -> b).orElseThrow();
    }

    static void awaitState(RenderQueue queue, String id, JobState state) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (queue.job(id).orElseThrow().state() != state) {
            assertThat(System.nanoTime()).as("job %s reaching %s", id, state).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    static List<JobSpec> specs(String prefix, int n) {
        List<JobSpec> specs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            specs.add(SimulatorFixture.spec(prefix + " " + i));
        }
        return specs;
    }
}
