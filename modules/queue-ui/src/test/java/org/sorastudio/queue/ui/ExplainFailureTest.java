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
import static org.assertj.swing.data.TableCell.row;

import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JPopupMenuFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.testing.fixtures.SimulatorQueue;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/**
 * A job the simulator's moderation blocks, in a real Queue window: "Explain Failure…" in its context menu, Enter and
 * double-click on its row all hand its failure to the error panel (here {@link RecordingFailureExplainer}).
 */
class ExplainFailureTest {

    private static final String PROFILE = "sim";

    @TempDir
    Path folder;
    private SimulatorServer server;
    private VideoApiClient client;
    private RenderQueue queue;
    private QueuePanel panel;
    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() throws Exception {
        RecordingFailureExplainer.EXPLAINED.clear();
        server = SimulatorServer.start(SimulatorConfig.builder().seed(3).renderMillisPerVideoSecond(20)
                .moderationWords(Set.of("forbidden")).build());
        client = VideoApiClient.builder(server.baseUrl(), "sk-panel-test").build();
        queue = RenderQueue.open(folder.resolve("panel.sorastudio.queue.json"),
                new QueueOptions(2, Duration.ofMinutes(5), folder.resolve("clips")), SimulatorQueue.provider(client));
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new QueuePanel(() -> PROFILE);
            panel.setQueue(queue);
            JFrame f = new JFrame("Explain failure test");
            f.setContentPane(panel);
            f.setSize(1300, 420);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        window.moveToFront();
        window.focus();
        GuiSteps.await("the window holds the focus", () -> GuiActionRunner.execute(() -> window.target().getFocusOwner() != null));
    }

    @AfterEach
    void close() {
        window.cleanUp();
        queue.shutdown(Duration.ofSeconds(10));
        client.close();
        server.close();
    }

    @Test
    void aBlockedJobIsExplainedFromItsContextMenuWithEnterAndWithADoubleClick() throws Exception {
        String id = queue.enqueue(List.of(new JobSpec(null, "A forbidden scene", "sora-2", "1280x720", 4, null, PROFILE))).get(0);
        assertThat(queue.awaitIdle(Duration.ofSeconds(30))).isTrue();
        Job blocked = queue.job(id).orElseThrow();
        assertThat(blocked.state()).isEqualTo(JobState.FAILED);
        UnconfirmedJobActionsTest.awaitFrames(panel);
        assertThat(QueuePanelTest.cell(panel, 0, JobColumn.STATUS_TEXT)).as("the row keeps the one-line message")
                .isEqualTo(blocked.statusText()).startsWith("blocked by moderation");
        JTableFixture jobs = window.table("jobs");

        jobs.selectRows(0);
        // the outline view opens its menu once the right-click's selection is in: find it when it shows
        jobs.cell(row(0).column(0)).rightClick();
        GuiSteps.await("the context menu shows", () -> window.robot().findActivePopupMenu() != null);
        new JPopupMenuFixture(window.robot(), window.robot().findActivePopupMenu()).menuItemWithPath("Explain Failure…").click();
        GuiSteps.await("explained from the menu", () -> RecordingFailureExplainer.EXPLAINED.size() == 1);
        FailedWork work = RecordingFailureExplainer.EXPLAINED.get(0);
        assertThat(work.title()).isEqualTo("A forbidden scene");
        assertThat(work.prompt()).isEqualTo("A forbidden scene");
        assertThat(work.profile()).isEqualTo(PROFILE);
        assertThat(work.videoId()).isEqualTo(blocked.videoId());
        assertThat(work.failure()).isEqualTo(blocked.failed().orElseThrow());
        assertThat(work.failure().kind()).isEqualTo(Failure.Kind.MODERATION);

        jobs.selectRows(0);
        jobs.focus();
        jobs.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiSteps.await("explained with Enter", () -> RecordingFailureExplainer.EXPLAINED.size() == 2);

        jobs.cell(row(0).column(0)).doubleClick();
        GuiSteps.await("explained with a double-click", () -> RecordingFailureExplainer.EXPLAINED.size() == 3);
    }

    @Test
    void withoutAnErrorPanelOrAFailureNothingIsOffered() throws Exception {
        String blocked = queue.enqueue(List.of(new JobSpec(null, "A forbidden scene", "sora-2", "1280x720", 4, null, PROFILE))).get(0);
        String fine = queue.enqueue(List.of(new JobSpec(null, "A quiet harbour", "sora-2", "1280x720", 4, null, PROFILE))).get(0);
        assertThat(queue.awaitIdle(Duration.ofSeconds(30))).isTrue();

        assertThat(FailureExplanation.forJob(queue.job(blocked).orElseThrow(), Lookup.EMPTY)).as("diagnostics switched off").isNull();
        assertThat(FailureExplanation.forJob(queue.job(blocked).orElseThrow(), Lookup.getDefault())).isNotNull();
        assertThat(FailureExplanation.forJob(queue.job(fine).orElseThrow(), Lookup.getDefault())).as("a completed clip").isNull();
    }

}
