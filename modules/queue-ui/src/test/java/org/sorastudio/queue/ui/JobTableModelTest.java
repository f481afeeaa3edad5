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
package org.sorastudio.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.testing.fixtures.SimulatorQueue;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;

/**
 * The Queue window's rows over a real, paused queue (nothing is sent anywhere): bursts of changes reach the table as
 * a few ranged events, the selection stays on its jobs while rows are updated, added, moved and removed, and derived
 * jobs read as such.
 */
class JobTableModelTest {

    /** Table events a burst of 5,000 changes may cost: one a frame, and the frames are few (how few depends on the load). */
    private static final int FEW_EVENTS = 50;

    @TempDir
    Path folder;

    private RenderQueue queue;
    private QueuePanel panel;
    /** Table events the panel's model has fired, counted on the EDT. */
    private final AtomicInteger tableEvents = new AtomicInteger();

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() throws Exception {
        // no client: the queue stays paused, so nothing is ever submitted
        queue = RenderQueue.open(folder.resolve("rows.sorastudio.queue.json"),
                new QueueOptions(2, Duration.ofMinutes(5), folder.resolve("clips")), SimulatorQueue.provider(null));
        queue.pause();
        panel = GuiActionRunner.execute(() -> {
            QueuePanel p = new QueuePanel(() -> "sim");
            p.setQueue(queue);
            p.rows().addTableModelListener(event -> tableEvents.incrementAndGet());
            return p;
        });
    }

    @AfterEach
    void close() {
        queue.shutdown(Duration.ofSeconds(10));
    }

    @Test
    void aBurstOfFiveThousandChangesReachesTheTableInAFewBatches() throws Exception {
        queue.enqueue(specs("Burst", 5000));
        awaitRows(5000);
        int adding = tableEvents.getAndSet(0);
        // one "rows inserted" per frame (every 100 ms, at most QueuePanel.ROWS_PER_FRAME jobs): a handful, not 5,000
        assertThat(adding).isBetween(1, FEW_EVENTS);

        queue.cancelAll();
        await("every row cancelled", () -> QueuePanelTest.column(panel, JobColumn.STATUS).stream().allMatch("Cancelled"::equals));
        UnconfirmedJobActionsTest.awaitFrames(panel);
        assertThat(tableEvents.get()).as("5,000 state changes, in ranged updates").isBetween(1, FEW_EVENTS);

        tableEvents.set(0);
        queue.clearFinished();
        awaitRows(0);
        assertThat(tableEvents.get()).as("clearing 5,000 rows").isEqualTo(1);
    }

    @Test
    void theSelectionStaysOnItsJobsWhileRowsAreUpdatedAddedMovedAndRemoved() throws Exception {
        List<String> ids = queue.enqueue(specs("Row", 200));
        awaitRows(200);
        Set<String> chosen = Set.of(ids.get(11), ids.get(12), ids.get(101));
        GuiActionRunner.execute(() -> panel.selectJobs(chosen));
        assertThat(selectedIds()).isEqualTo(chosen);

        // updated: every fifth job cancelled, and the chosen job 11
        for (int i = 0; i < 200; i += 5) {
            queue.cancel(ids.get(i));
        }
        queue.cancel(ids.get(11));
        awaitSettled(() -> "Cancelled".equals(QueuePanelTest.cell(panel, 195, JobColumn.STATUS)));
        assertThat(selectedIds()).isEqualTo(chosen);
        assertThat(GuiActionRunner.execute(() -> panel.selectedNodes()[0].getPropertySets()[0].getProperties()))
                .as("the selected job's node follows its job").anySatisfy(property -> {
                    assertThat(property.getName()).isEqualTo(JobColumn.STATUS.property);
                    assertThat(property.getValue()).isEqualTo("Cancelled");
                });

        // added at the end
        queue.enqueue(specs("More", 10));
        awaitRows(210);
        assertThat(selectedIds()).isEqualTo(chosen);

        // moved: the chosen job 101 goes up one place
        queue.move(ids.get(101), -1);
        awaitSettled(() -> ids.get(101).equals(GuiActionRunner.execute(() -> panel.rows().job(100).id())));
        assertThat(selectedIds()).isEqualTo(chosen);
        assertThat(GuiActionRunner.execute(() -> panel.selectedJobs().stream().map(Job::id).toList()))
                .as("in queue order").containsExactly(ids.get(11), ids.get(12), ids.get(101));

        // removed: the 41 cancelled jobs, from 40 places apart (more ranges than the table is told one by one)
        queue.clearFinished();
        awaitRows(169);
        assertThat(selectedIds()).containsExactlyInAnyOrder(ids.get(12), ids.get(101));
        assertThat(GuiActionRunner.execute(() -> panel.selectedNodes().length)).isEqualTo(2);
    }

    @Test
    void sortedByAColumnTheRowsAndTheSelectionStillNameTheirJobs() throws Exception {
        List<String> ids = queue.enqueue(specs("Row", 10));
        awaitRows(10);
        List.of(2, 5, 7).forEach(i -> queue.cancel(ids.get(i)));
        awaitSettled(() -> "Cancelled".equals(QueuePanelTest.cell(panel, 7, JobColumn.STATUS)));
        javax.swing.JTable table = GuiActionRunner.execute(() -> jobsTable(panel));
        GuiActionRunner.execute(() -> table.getRowSorter().setSortKeys(
                List.of(new javax.swing.RowSorter.SortKey(JobColumn.STATUS.ordinal(), javax.swing.SortOrder.ASCENDING))));
        assertThat(GuiActionRunner.execute(() -> IntStream.range(0, 3)
                .mapToObj(row -> table.getValueAt(row, JobColumn.SHOT.ordinal())).toList()))
                .as("Cancelled before Queued").containsExactlyInAnyOrder("Row 2", "Row 5", "Row 7");

        GuiActionRunner.execute(() -> panel.selectJobs(Set.of(ids.get(5), ids.get(8))));
        assertThat(GuiActionRunner.execute(() -> panel.selectedJobs().stream().map(Job::id).toList()))
                .as("in queue order").containsExactly(ids.get(5), ids.get(8));
        queue.enqueue(specs("More", 2));
        queue.cancel(ids.get(8));
        awaitRows(12);
        awaitSettled(() -> "Cancelled".equals(QueuePanelTest.cell(panel, 8, JobColumn.STATUS)));
        assertThat(selectedIds()).containsExactlyInAnyOrder(ids.get(5), ids.get(8));
        assertThat(GuiActionRunner.execute(() -> table.getSelectedRowCount())).isEqualTo(2);
    }

    /** The panel's table of jobs. */
    private static javax.swing.JTable jobsTable(java.awt.Container parent) {
        for (java.awt.Component child : parent.getComponents()) {
            if (child instanceof javax.swing.JTable table && "jobs".equals(table.getName())) {
                return table;
            }
            javax.swing.JTable inside = child instanceof java.awt.Container inner ? jobsTable(inner) : null;
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    @Test
    void derivedJobsShowTheirSourceForModelAndSizeAndAnExtensionTheSecondsItAdds() throws Exception {
        queue.enqueue(List.of(JobSpec.extension("video_source1", "The boat drifts on", 8, "sim", null),
                JobSpec.edit("video_source1", "Make it  night\nand rainy", "sim", null),
                new JobSpec(null, "A paper boat", "sora-2", "1280x720", 4, null, "sim")));
        awaitRows(3);
        assertThat(row(0)).containsExactly("The boat drifts on", "as its source", "as its source", "+8", "Queued");
        assertThat(row(1)).containsExactly("Make it night and rainy", "as its source", "as its source", "", "Queued");
        assertThat(row(2)).containsExactly("A paper boat", "sora-2", "1280x720", "4", "Queued");
    }

    private List<String> row(int row) {
        return List.of(JobColumn.SHOT, JobColumn.MODEL, JobColumn.SIZE, JobColumn.SECONDS, JobColumn.STATUS).stream()
                .map(column -> QueuePanelTest.cell(panel, row, column)).toList();
    }

    private Set<String> selectedIds() {
        return GuiActionRunner.execute(() -> Set.copyOf(panel.selectedJobs().stream().map(Job::id).toList()));
    }

    private static List<JobSpec> specs(String prompt, int count) {
        List<JobSpec> specs = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> specs.add(new JobSpec(null, prompt + " " + i, "sora-2", "1280x720", 4, null, "sim")));
        return specs;
    }

    private void awaitRows(int count) throws InterruptedException {
        awaitSettled(() -> GuiActionRunner.execute(() -> panel.rows().getRowCount()) == count);
    }

    /** Waits for the condition and for the panel to have taken in every event that arrived. */
    private void awaitSettled(Supplier<Boolean> condition) throws InterruptedException {
        await("the rows", condition);
        UnconfirmedJobActionsTest.awaitFrames(panel);
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
