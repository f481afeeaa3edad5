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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.queue.api.JobSpec;

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
}
