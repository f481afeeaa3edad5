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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.swing.Action;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.nodes.Node;
import org.sorastudio.testing.fixtures.SimulatorQueue;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** A create a gateway may have received but cannot confirm: the row offers "Check again" and "Send again". */
class UnconfirmedJobActionsTest {

    private static final String PROFILE = "sim";

    @TempDir
    Path folder;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @Test
    void anUnconfirmedJobIsCheckedAgainOrSentAgainFromItsContextMenu() throws Exception {
        try (SimulatorServer gateway = SimulatorServer.start(SimulatorConfig.builder().seed(3).createServerError(503)
                .listVideos(false).build());
                VideoApiClient client = VideoApiClient.builder(gateway.baseUrl(), "sk-panel-test").build()) {
            RenderQueue queue = RenderQueue.open(folder.resolve("panel.sorastudio.queue.json"),
                    new QueueOptions(1, Duration.ofSeconds(3), folder.resolve("clips")), SimulatorQueue.provider(client));
            try {
                QueuePanel panel = GuiActionRunner.execute(() -> {
                    QueuePanel p = new QueuePanel(() -> PROFILE);
                    p.setQueue(queue);
                    return p;
                });
                String id = queue.enqueue(List.of(new JobSpec(null, "A lighthouse", "sora-2", "1280x720", 4, null, PROFILE))).get(0);
                assertThat(queue.awaitIdle(Duration.ofSeconds(30))).isTrue();
                assertThat(queue.job(id).orElseThrow().state()).isEqualTo(JobState.UNCONFIRMED);
                // the queue's events reach the panel on its event thread, a moment after awaitIdle returns
                awaitRow(panel, "Unconfirmed");

                // the selected row's node (the window's Lookup) offers the row's context menu
                List<String> names = GuiActionRunner.execute(() -> {
                    panel.selectJobs(Set.of(id));
                    Node[] selected = panel.selectedNodes();
                    assertThat(selected).hasSize(1);
                    return Arrays.stream(selected[0].getActions(true)).map(a -> (String) a.getValue(Action.NAME)).toList();
                });
                assertThat(names).containsExactly("Check again", "Send again (may be charged twice)");
                assertThat(GuiActionRunner.execute(() -> panel.jobActions(queue.job(id).orElseThrow())[0]
                        .getValue(Action.SHORT_DESCRIPTION))).asString().contains("nothing is sent");

                GuiActionRunner.execute(() -> panel.jobActions(queue.job(id).orElseThrow())[0].actionPerformed(null));
                assertThat(queue.awaitIdle(Duration.ofSeconds(30))).isTrue();
                assertThat(gateway.createRequests()).as("checking sends nothing").isEqualTo(1);
                awaitRow(panel, "Unconfirmed"); // the action acts on the selected rows: let the row see Unconfirmed again

                GuiActionRunner.execute(() -> panel.jobActions(queue.job(id).orElseThrow())[1].actionPerformed(null));
                assertThat(queue.job(id).orElseThrow().transitions()).anyMatch(t -> t.reason().startsWith("sent again by the user"));
                assertThat(queue.awaitIdle(Duration.ofSeconds(30))).isTrue();
                assertThat(gateway.createRequests()).isEqualTo(2);
                assertThat(GuiActionRunner.execute(() -> panel.jobActions(queue.jobs().get(0)))).hasSize(2);
            } finally {
                queue.shutdown(Duration.ofSeconds(10));
            }
        }
    }

    /** Waits until the first row shows {@code state}. */
    private static void awaitRow(QueuePanel panel, String state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!state.equals(QueuePanelTest.cell(panel, 0, JobColumn.STATUS))) {
            assertThat(System.nanoTime()).as("the row showing " + state).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** The panel takes queue events in on a timer: waits until it has taken in everything that arrived. */
    static void awaitFrames(QueuePanel panel) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!GuiActionRunner.execute(panel::settled) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
