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
package org.sorastudio.postprocess.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.testing.fixtures.SimulatorQueue;
import org.sorastudio.testing.gui.GuiSteps;

/** Notices from a real queue over the simulator: one per batch, each failed job on its own. */
class BatchWatcherTest {

    @TempDir
    Path folder;

    @Test
    void aBatchOfThreeGivesOneBatchNoticeWithItsFolder() throws Exception {
        try (SimulatorQueue sim = new SimulatorQueue(folder)) {
            List<Notice> notices = new CopyOnWriteArrayList<>();
            sim.queue.addListener(new BatchWatcher(sim.queue, notices::add));

            sim.queue.enqueue(SimulatorQueue.shots(3, "A red kite"));
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(2))).isTrue();
            GuiSteps.awaitTrue("the batch notice", () -> notices.stream().anyMatch(n -> n.kind() == Notice.Kind.BATCH_FINISHED));

            assertThat(notices).filteredOn(n -> n.kind() == Notice.Kind.JOB_COMPLETED).hasSize(3);
            Notice batch = notices.stream().filter(n -> n.kind() == Notice.Kind.BATCH_FINISHED).findFirst().orElseThrow();
            assertThat(batch.title()).isEqualTo("Batch finished: 3 clips");
            assertThat(batch.detail()).isEqualTo("3 completed, 0 failed or cancelled. Clips are in " + sim.clips + ".");
            assertThat(batch.folder()).isEqualTo(sim.clips);
            assertThat(notices).filteredOn(n -> n.kind() == Notice.Kind.BATCH_FINISHED).hasSize(1);
        }
    }

    @Test
    void aFailedJobIsToldWithItsReasonAndTheBatchCountsIt() throws Exception {
        try (SimulatorQueue sim = new SimulatorQueue(folder)) {
            List<Notice> notices = new CopyOnWriteArrayList<>();
            sim.queue.addListener(new BatchWatcher(sim.queue, notices::add));
            List<JobSpec> shots = new ArrayList<>(SimulatorQueue.shots(1, "A calm lake"));
            shots.add(new JobSpec("empty", "", "sora-2", "1280x720", 4, null, SimulatorQueue.PROFILE));

            sim.queue.enqueue(shots);
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(2))).isTrue();
            GuiSteps.awaitTrue("the batch notice", () -> notices.stream().anyMatch(n -> n.kind() == Notice.Kind.BATCH_FAILED));

            Notice failed = notices.stream().filter(n -> n.kind() == Notice.Kind.JOB_FAILED).findFirst().orElseThrow();
            assertThat(failed.detail()).isNotBlank();
            assertThat(notices.stream().filter(n -> n.kind() == Notice.Kind.BATCH_FAILED).findFirst().orElseThrow().title())
                    .isEqualTo("Batch finished: 1 clip, 1 failed");
        }
    }

    @Test
    void aBatchThatFailsRowByRowGivesAHandfulOfJobNoticesAndTheBatchCount() throws Exception {
        try (SimulatorQueue sim = new SimulatorQueue(folder)) {
            List<Notice> notices = new CopyOnWriteArrayList<>();
            sim.queue.addListener(new BatchWatcher(sim.queue, notices::add));
            List<JobSpec> shots = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                shots.add(new JobSpec("empty-" + i, "", "sora-2", "1280x720", 4, null, SimulatorQueue.PROFILE));
            }

            sim.queue.enqueue(shots);
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(2))).isTrue();
            GuiSteps.awaitTrue("the batch notice", () -> notices.stream().anyMatch(n -> n.kind() == Notice.Kind.BATCH_FAILED));

            assertThat(notices).filteredOn(n -> n.kind() == Notice.Kind.JOB_FAILED).hasSize(BatchWatcher.JOB_NOTICES_PER_BATCH);
            assertThat(notices.stream().filter(n -> n.kind() == Notice.Kind.BATCH_FAILED).findFirst().orElseThrow().title())
                    .isEqualTo("Batch finished: no clips, 12 failed");
        }
    }

    /**
     * Cancel All on ten queued jobs of a paused queue: the stats can say "nothing unfinished" before the watcher has
     * been told of more than the first cancellation; still one batch notice with all ten (it was split in two, "1
     * failed" and "9 failed", in the running studio).
     */
    @Test
    void cancellingAQueuedBatchAtOnceGivesOneBatchNoticeWithEveryJob() throws Exception {
        try (SimulatorQueue sim = new SimulatorQueue(folder)) {
            List<Notice> notices = new CopyOnWriteArrayList<>();
            sim.queue.addListener(new BatchWatcher(sim.queue, notices::add));
            sim.queue.pause("test");
            sim.queue.enqueue(SimulatorQueue.shots(10, "A lighthouse in a storm"));

            sim.queue.cancelAll();
            GuiSteps.await("the batch notice", Duration.ofSeconds(30),
                    () -> notices.stream().anyMatch(n -> n.kind() == Notice.Kind.BATCH_FAILED));
            Thread.sleep(1000); // a second, split notice would come now

            assertThat(notices).extracting(Notice::title).containsExactly("Batch finished: no clips, 10 failed");
        }
    }

    /** A studio restarted on a journal with failed jobs: nothing is told for them; the next batch counts only its own. */
    @Test
    void jobsRestoredFailedAreNotToldAgainAndDoNotCountInTheNextBatch() throws Exception {
        Path journal = batchWithTwoFailures();
        try (SimulatorQueue sim = new SimulatorQueue(folder, 40, 3, journal)) {
            List<Notice> notices = new CopyOnWriteArrayList<>();
            sim.queue.addListener(new QueueListener() { }); // the Queue window's and the chain announcer's come first
            sim.queue.addListener(new BatchWatcher(sim.queue, notices::add));
            Thread.sleep(1000); // a notice for the restored jobs would come now
            assertThat(notices).as("old news").isEmpty();

            sim.queue.enqueue(SimulatorQueue.shots(1, "A boat after the restart"));
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(2))).isTrue();
            GuiSteps.awaitTrue("the batch notice", () -> notices.stream().anyMatch(n -> n.kind() == Notice.Kind.BATCH_FINISHED));
            assertThat(notices).extracting(Notice::kind).containsExactly(Notice.Kind.JOB_COMPLETED, Notice.Kind.BATCH_FINISHED);
            assertThat(notices.get(1).title()).isEqualTo("Batch finished: 1 clip");
        }
    }

    /**
     * A restored unconfirmed create is checked again as the queue opens; when the server's list cannot be read (here: no
     * server answers) it ends unconfirmed again, as it was. That was told as "Batch finished: no clips, 1 failed" at every
     * start; it is old news.
     */
    @Test
    void aRestoredUnconfirmedCreateThatStaysUnconfirmedAfterItsCheckIsNotTold() throws Exception {
        Path journal = batchWithTwoFailures();
        JsonObject saved = JsonDataFile.read(journal);
        JsonObject unconfirmed = StreamSupport.stream(saved.getAsJsonArray("jobs").spliterator(), false)
                .map(JsonElement::getAsJsonObject).filter(job -> job.get("state").getAsString().equals("FAILED"))
                .findFirst().orElseThrow();
        unconfirmed.addProperty("state", "UNCONFIRMED"); // a create whose answer was lost
        unconfirmed.addProperty("submittedAt", Instant.now().minusSeconds(60).toString());
        JsonObject lost = new JsonObject();
        lost.addProperty("at", Instant.now().minusSeconds(30).toString());
        lost.addProperty("state", "UNCONFIRMED");
        lost.addProperty("reason", "unconfirmed: the server may have received the create");
        unconfirmed.getAsJsonArray("transitions").add(lost);
        new JsonDataFile(journal).write(saved);
        String checked = unconfirmed.get("id").getAsString();

        try (VideoApiClient nobody = VideoApiClient.builder(URI.create("http://127.0.0.1:9/v1"), "sk-nobody").build()) {
            RenderQueue queue = RenderQueue.open(journal, new QueueOptions(3, Duration.ofMinutes(5), folder.resolve("clips")),
                    SimulatorQueue.provider(nobody));
            try {
                List<Notice> notices = new CopyOnWriteArrayList<>();
                queue.addListener(new QueueListener() { });
                queue.addListener(new BatchWatcher(queue, notices::add));
                GuiSteps.await("the check of the restored unconfirmed create", Duration.ofSeconds(30), () -> queue.jobs().stream()
                        .anyMatch(job -> job.id().equals(checked) && job.state() == JobState.SUBMITTING));
                GuiSteps.await("the check to end unconfirmed", Duration.ofMinutes(1), () -> queue.jobs().stream()
                        .anyMatch(job -> job.id().equals(checked) && job.state() == JobState.UNCONFIRMED));
                Thread.sleep(1000); // the queue tells its listeners a moment later; a notice would come now

                assertThat(notices).as("old news").isEmpty();
            } finally {
                queue.shutdown(Duration.ofSeconds(10));
            }
        }
    }

    /** A closed queue's journal: one clip, two jobs failed (an empty prompt). */
    private Path batchWithTwoFailures() throws Exception {
        try (SimulatorQueue sim = new SimulatorQueue(folder)) {
            List<JobSpec> shots = new ArrayList<>(SimulatorQueue.shots(1, "A calm lake"));
            shots.add(new JobSpec("empty-1", "", "sora-2", "1280x720", 4, null, SimulatorQueue.PROFILE));
            shots.add(new JobSpec("empty-2", "", "sora-2", "1280x720", 4, null, SimulatorQueue.PROFILE));
            sim.queue.enqueue(shots);
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(2))).isTrue();
            return sim.queue.journal();
        }
    }
}
