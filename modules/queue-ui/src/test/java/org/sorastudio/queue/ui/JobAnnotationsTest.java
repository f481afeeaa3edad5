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

import java.awt.Color;
import java.awt.Component;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.UIManager;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JPopupMenuFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.testing.fixtures.SimulatorQueue;
import org.sorastudio.core.spi.JobAnnotator.Annotation;
import org.sorastudio.core.spi.JobAnnotator.AnnotationAction;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;
import org.sorastudio.testing.gui.GuiSteps;

/**
 * Another module's note on a job (as post-processing marks a clip whose hooks failed) in a real Queue window over the
 * simulator: the "Last status" cell says it in the error colour with the details as its tooltip, the row's context menu
 * offers its action, and the note goes when the module takes it back. Without annotators nothing changes.
 */
class JobAnnotationsTest {

    private static final String PROFILE = "sim";
    private static final String ERROR_KEY = "Component.error.focusedBorderColor";
    /** FlatLaf's error colour key, set for the test's look and feel (which has none). */
    private static final Color ERROR = new Color(0xCC2233);

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
        NotingJobAnnotator.NOTES.clear();
        GuiActionRunner.execute(() -> UIManager.put(ERROR_KEY, ERROR));
        server = SimulatorServer.start(SimulatorConfig.builder().seed(4).renderMillisPerVideoSecond(20).build());
        client = VideoApiClient.builder(server.baseUrl(), "sk-annotation-test").build();
        queue = RenderQueue.open(folder.resolve("notes.sorastudio.queue.json"),
                new QueueOptions(2, Duration.ofMinutes(5), folder.resolve("clips")), SimulatorQueue.provider(client));
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new QueuePanel(() -> PROFILE);
            panel.setQueue(queue);
            JFrame f = new JFrame("Job annotations test");
            f.setContentPane(panel);
            f.setSize(1300, 420);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        GuiSteps.focus(window);
    }

    @AfterEach
    void close() {
        window.cleanUp();
        queue.shutdown(Duration.ofSeconds(10));
        client.close();
        server.close();
        NotingJobAnnotator.NOTES.clear();
        GuiActionRunner.execute(() -> UIManager.put(ERROR_KEY, null));
    }

    @Test
    void aNotedJobShowsTheNoteInItsStatusCellAndOffersItsActionInTheContextMenu() throws Exception {
        String id = queue.enqueue(List.of(new JobSpec(null, "A kite over dunes", "sora-2", "1280x720", 4, null, PROFILE))).get(0);
        assertThat(queue.awaitIdle(Duration.ofSeconds(30))).isTrue();
        UnconfirmedJobActionsTest.awaitFrames(panel);
        Job done = queue.job(id).orElseThrow();
        GuiSteps.awaitTrue("the row is completed", () -> done.statusText().equals(statusCell().text()));
        assertThat(statusCell().tooltip()).isNull();

        AtomicInteger retried = new AtomicInteger();
        NotingJobAnnotator.note(id, new Annotation("post-processing failed: Make GIF", "Make GIF: exited with status 1", true,
                List.of(new AnnotationAction("Retry Post-processing", "Runs the failed step again", retried::incrementAndGet))));
        GuiSteps.awaitTrue("the note shows after a frame",
                () -> "post-processing failed: Make GIF".equals(statusCell().text()));
        Cell cell = statusCell();
        assertThat(cell.tooltip()).isEqualTo("<html><body style='width: 480px'>Make GIF: exited with status 1 · "
                + done.statusText() + "</body></html>");
        assertThat(cell.foreground()).as("the look and feel's error colour").isEqualTo(ERROR);

        window.table("jobs").selectRows(0);
        window.table("jobs").cell(row(0).column(0)).rightClick();
        GuiSteps.awaitTrue("the context menu shows", () -> window.robot().findActivePopupMenu() != null);
        new JPopupMenuFixture(window.robot(), window.robot().findActivePopupMenu()).menuItemWithPath("Retry Post-processing").click();
        GuiSteps.awaitTrue("the note's action ran", () -> retried.get() == 1);

        NotingJobAnnotator.note(id, null);
        GuiSteps.awaitTrue("the note is gone after a frame", () -> done.statusText().equals(statusCell().text()));
        Color plain = GuiActionRunner.execute(() -> window.table("jobs").target().getForeground());
        assertThat(statusCell().foreground()).as("the error colour stays with the noted row").isEqualTo(plain);
        assertThat(GuiActionRunner.execute(() -> List.of(panel.jobActions(queue.job(id).orElseThrow()))))
                .extracting(action -> action.getValue(javax.swing.Action.NAME)).doesNotContain("Retry Post-processing");
    }

    @Test
    void withoutAnnotatorsAJobHasNoNotesAndNoActions() {
        JobAnnotations none = GuiActionRunner.execute(() -> new JobAnnotations(Lookup.EMPTY));
        assertThat(GuiActionRunner.execute(() -> none.of("job-1"))).isEmpty();
        assertThat(GuiActionRunner.execute(() -> none.actions("job-1"))).isEmpty();
        assertThat(none.revision()).isZero();
    }

    /** The "Last status" cell of the first row as the table paints it (read on the EDT: the renderer is shared). */
    private Cell statusCell() {
        return GuiActionRunner.execute(() -> {
            JTable table = window.table("jobs").target();
            int column = table.convertColumnIndexToView(JobColumn.STATUS_TEXT.ordinal());
            Component painted = table.prepareRenderer(table.getCellRenderer(0, column), 0, column);
            JLabel label = (JLabel) painted;
            return new Cell(label.getText(), label.getToolTipText(), label.getForeground());
        });
    }

    private record Cell(String text, String tooltip, Color foreground) {
    }
}
