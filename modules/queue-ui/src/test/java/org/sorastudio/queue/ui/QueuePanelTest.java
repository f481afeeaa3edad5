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

import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.swing.JFrame;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.testing.fixtures.SimulatorQueue;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;
import org.sorastudio.testing.gui.KeyboardWalk;

/** Drives the Queue panel in a real window over a real queue talking to the simulator. */
class QueuePanelTest {

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
        server = SimulatorServer.start(SimulatorConfig.builder().seed(3).renderMillisPerVideoSecond(250).build());
        client = VideoApiClient.builder(server.baseUrl(), "sk-panel-test").build();
        queue = RenderQueue.open(folder.resolve("panel.sorastudio.queue.json"),
                new QueueOptions(2, Duration.ofMinutes(5), folder.resolve("clips")), SimulatorQueue.provider(client));
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new QueuePanel(() -> PROFILE);
            panel.setQueue(queue);
            JFrame f = new JFrame("Queue panel test");
            f.setContentPane(panel);
            f.setSize(1300, 420);
            return f;
        });
        window = new FrameFixture(frame);
        showFocused(window);
    }

    /**
     * Shows the window in front and waits until it holds the focus: Xvfb has no window manager, and until then the
     * robot's first click or keystroke can go nowhere. On a display shared with other test runs their windows may cover it.
     */
    static void showFocused(FrameFixture window) {
        window.show();
        window.moveToFront();
        window.focus();
        Pause.pause(new Condition("the window has the focus") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.target().getFocusOwner() != null);
            }
        }, Timeout.timeout(10_000));
        window.robot().waitForIdle();
    }

    @AfterEach
    void close() {
        window.cleanUp();
        queue.shutdown(Duration.ofSeconds(10));
        client.close();
        server.close();
    }

    @Test
    void aBatchIsShownReorderedCancelledAndFinished() throws Exception {
        // the robot's very first click into a fresh window is sometimes lost under Xvfb; press this one directly
        GuiActionRunner.execute(() -> window.toggleButton("pause").target().doClick());
        GuiSteps.await("queue paused", queue::isPaused);
        List<String> ids = queue.enqueue(List.of(spec("Alpha: a red kite"), spec("Bravo: a blue boat"),
                spec("Charlie: a green hill"), spec("Delta: a grey whale")));
        GuiSteps.await("four rows", () -> rowNames().size() == 4);
        assertThat(window.label("summary").text()).contains("4 jobs: 4 queued").contains("Paused");

        select(ids.get(3));
        click("moveUp");
        GuiSteps.await("Delta moved up", () -> rowNames().equals(List.of("Alpha: a red kite", "Bravo: a blue boat",
                "Delta: a grey whale", "Charlie: a green hill")));
        assertThat(queue.jobs()).extracting(Job::id).containsExactly(ids.get(0), ids.get(1), ids.get(3), ids.get(2));

        select(ids.get(1));
        click("cancel");
        GuiSteps.await("Bravo cancelled", () -> "Cancelled".equals(cell(1, JobColumn.STATUS)));
        window.button("retry").requireEnabled();

        GuiActionRunner.execute(() -> window.toggleButton("pause").target().doClick()); // a lost robot click left it paused
        // rows take changes in batches: a fast job may go from Queued to Completed between two of them
        GuiSteps.await("the queue going again", () -> !queue.isPaused()
                && rowStates().stream().anyMatch(s -> !s.equals("Queued") && !s.equals("Cancelled")));
        GuiSteps.await("the rest completed", () -> rowStates().equals(List.of("Completed", "Cancelled", "Completed", "Completed")));
        assertThat(window.label("summary").text()).contains("3 completed").contains("1 cancelled");
        assertThat(cell(0, JobColumn.PROGRESS)).isEqualTo("100");
        assertThat(server.acceptedCreates()).isEqualTo(3);

        select(ids.get(3));
        window.table("jobs").focus();
        window.table("jobs").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_J).modifiers(ctrl()));
        String videoId = queue.job(ids.get(3)).orElseThrow().videoId();
        GuiSteps.await("id copied (message: " + window.label("message").text() + ")",
                () -> ("Copied " + videoId).equals(window.label("message").text()));
        assertThat(clipboard()).isEqualTo(videoId);

        click("clearFinished");
        GuiSteps.await("finished jobs cleared", () -> rowNames().isEmpty());
        assertThat(window.label("summary").text()).isEqualTo("The queue is empty.");
    }

    @Test
    void everyControlIsNamedAndReachedWithTheKeyboard() {
        GuiActionRunner.execute(() -> window.toggleButton("pause").target().doClick());
        GuiSteps.await("queue paused", queue::isPaused);
        queue.enqueue(List.of(spec("Echo: a white owl")));
        GuiSteps.await("one row", () -> rowNames().size() == 1);
        assertThat(KeyboardWalk.walk(window)).extracting(java.awt.Component::getName).contains("jobs", "pause");
    }

    @Test
    void aMalformedVideoIdIsExplainedInline() {
        GuiActionRunner.execute(() -> panel.resumeVideo("not an id!"));
        assertThat(window.label("message").text()).contains("is not a video id");
    }

    /** AssertJ Swing presses modifiers given in the old InputEvent masks. */
    @SuppressWarnings("deprecation")
    private static int ctrl() {
        return InputEvent.CTRL_MASK;
    }

    private static JobSpec spec(String prompt) {
        return new JobSpec(null, prompt, "sora-2", "1280x720", 4, null, PROFILE);
    }

    /** Presses an enabled button. A robot click can be lost on a loaded X server, so the button itself is pressed. */
    private void click(String button) {
        javax.swing.JButton target = window.button(button).requireEnabled().target();
        GuiActionRunner.execute(() -> {
            target.doClick();
            return null;
        });
    }

    /**
     * Selects a job's row through the panel: on a display shared with other test runs a robot click can
     * land in someone else's window, and the selection is not what is tested here.
     */
    private void select(String jobId) {
        GuiActionRunner.execute(() -> panel.selectJobs(Set.of(jobId)));
        assertThat(GuiActionRunner.execute(() -> panel.selectedJobs().stream().map(Job::id).toList()))
                .containsExactly(jobId);
    }

    private List<String> rowNames() {
        return column(panel, JobColumn.SHOT);
    }

    private List<String> rowStates() {
        return column(panel, JobColumn.STATUS);
    }

    /** The text of one column of the job in {@code row}, as the table shows it. */
    private String cell(int row, JobColumn column) {
        return cell(panel, row, column);
    }

    /** The text of one column of the job in {@code row} of {@code panel}, as its table shows it (any thread). */
    static String cell(QueuePanel panel, int row, JobColumn column) {
        return GuiActionRunner.execute(() -> column.text(panel.rows().job(row)));
    }

    /** One column of every row of {@code panel}, top to bottom (any thread). */
    static List<String> column(QueuePanel panel, JobColumn column) {
        return GuiActionRunner.execute(() -> java.util.stream.IntStream.range(0, panel.rows().getRowCount())
                .mapToObj(row -> column.text(panel.rows().job(row))).toList());
    }

    private static String clipboard() {
        try {
            return (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        } catch (Exception e) {
            return null;
        }
    }
}
