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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JFrame;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JPopupMenuFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;
import org.sorastudio.testing.fixtures.SimulatorClientProvider;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.ClipDerivation;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.core.spi.GenerationQueue.Derivation;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.ClipSidecar;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.testing.gui.KeyboardWalk;

/**
 * Extend… and Edit… on a completed clip, from the Queue window's context menu in a real window, through the studio's
 * own queue service (the one the Shot editor sends to) and the simulator over HTTP.
 */
class DerivedClipActionsTest {

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    private QueueService service;
    private RenderQueue queue;
    private QueuePanel panel;
    private FrameFixture window;

    @BeforeEach
    void open() throws Exception {
        service = Lookup.getDefault().lookup(QueueService.class);
        assertThat(Lookup.getDefault().lookup(GenerationQueue.class)).isSameAs(service);
        Files.deleteIfExists(QueueService.production().placesOfOpenProject().journal());
        RecordingClipChain.ANNOUNCED.clear();
        service.enqueue(List.of(Shot.create("A paper boat on a pond").withSeconds(4)));
        await("the source clip", () -> service.current().map(q -> q.stats().completed() == 1).orElse(false));
        queue = service.current().orElseThrow();
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new QueuePanel(() -> SimulatorClientProvider.PROFILE);
            panel.setQueue(queue);
            JFrame f = new JFrame("Derived clips test");
            f.setContentPane(panel);
            f.setSize(1300, 420);
            return f;
        });
        window = new FrameFixture(frame);
        QueuePanelTest.showFocused(window);
        UnconfirmedJobActionsTest.awaitFrames(panel);
    }

    @AfterEach
    void close() {
        window.cleanUp();
        service.stop(true);
    }

    @Test
    void extendAndEditFromTheContextMenuEndWithCompletedClipsTheExtensionLongerAndAfterItsSource() throws Exception {
        Job source = queue.jobs().get(0);
        DialogFixture dialog = openDialog("Extend…", "extendDialog");
        assertThat(dialog.comboBox("seconds").contents()).containsExactly("4", "8", "12", "16", "20");
        dialog.comboBox("seconds").requireSelection("8");

        dialog.button("queue").click();
        dialog.label("problem").requireText("Say what should happen: the prompt is empty.");
        KeyboardWalk.walk(dialog);
        dialog.textBox("prompt").enterText("The boat drifts under a bridge");
        dialog.button("queue").click();
        dialog.requireNotVisible();

        await("the extension queued", () -> queue.jobs().size() == 2);
        Job extension = queue.jobs().get(1);
        assertThat(extension.spec().kind()).isEqualTo(JobSpec.Kind.EXTEND);
        assertThat(extension.spec().sourceVideoId()).isEqualTo(source.videoId());
        assertThat(extension.spec().seconds()).isEqualTo(8);
        await("the extension completed", () -> queue.job(extension.id()).orElseThrow().state() == JobState.COMPLETED);
        Job done = queue.job(extension.id()).orElseThrow();
        VideoApiClient client = new SimulatorClientProvider().clientFor(SimulatorClientProvider.PROFILE);
        assertThat(client.retrieve(done.videoId()).video().seconds()).as("4 s of source + 8 s more").isEqualTo("12");
        assertThat(Files.size(done.videoFile())).isGreaterThan(Files.size(source.videoFile()));
        await("the storyboard told", () -> !RecordingClipChain.ANNOUNCED.isEmpty());
        assertThat(RecordingClipChain.ANNOUNCED.get(0)).containsExactly(source.videoFile(), done.videoFile());
        UnconfirmedJobActionsTest.awaitFrames(panel);
        window.label("message").requireText("Extension queued");
        assertThat(QueuePanelTest.cell(panel, 1, JobColumn.SECONDS)).as("the extension's row: the segment added").isEqualTo("+8");
        assertThat(QueuePanelTest.cell(panel, 1, JobColumn.MODEL)).isEqualTo("as its source");

        editFromTheContextMenuQueuesAnEditAndCancelQueuesNothing(source);
        aClipThatLeftTheQueueIsExtendedFromItsSidecarAndAnnouncedAfterIt(source);
        aFileWithoutSidecarIsExplainedAndNothingIsQueued();
    }

    /** Part of the test above: the service's queue is the studio's one, so it is opened and stopped once. */
    private void editFromTheContextMenuQueuesAnEditAndCancelQueuesNothing(Job source) throws Exception {
        DialogFixture cancelled = openDialog("Edit…", "editDialog");
        assertThat(cancelled.target().getTitle()).isEqualTo("Edit " + source.displayId());
        cancelled.textBox("prompt").enterText("Make it night");
        // pressed directly: under Xvfb, with no window manager, a robot click on a fresh dialog is now and then lost
        GuiActionRunner.execute(() -> cancelled.button("cancel").target().doClick());
        cancelled.requireNotVisible();

        DialogFixture dialog = openDialog("Edit…", "editDialog");
        // typed and pressed directly, for the same reason: a lost keystroke or click here left nothing queued
        GuiActionRunner.execute(() -> {
            dialog.textBox("prompt").target().setText("Make the water green");
            dialog.button("queue").target().doClick();
        });

        await("the edit queued", () -> queue.jobs().size() == 3);
        Job edit = queue.jobs().get(2);
        assertThat(edit.spec().kind()).isEqualTo(JobSpec.Kind.EDIT);
        assertThat(edit.spec().prompt()).isEqualTo("Make the water green");
        assertThat(edit.spec().profile()).isEqualTo(source.spec().profile());
        await("the edit completed", () -> queue.job(edit.id()).orElseThrow().state() == JobState.COMPLETED);
    }

    /**
     * Part of the test above: Extend… as the player and the storyboard ask for it, by clip file through core's
     * {@link ClipDerivation}, after the source's row was cleared from the queue (so only its sidecar knows the video).
     */
    private void aClipThatLeftTheQueueIsExtendedFromItsSidecarAndAnnouncedAfterIt(Job source) throws Exception {
        Path clip = source.videoFile();
        queue.clearFinished();
        await("the finished rows cleared", () -> queue.jobs().isEmpty());
        assertThat(ClipSidecar.beside(clip)).contains(new ClipSidecar(source.videoId(), "A paper boat on a pond",
                source.spec().profile()));
        RecordingClipChain.ANNOUNCED.clear();

        ClipDerivation derivation = Lookup.getDefault().lookup(ClipDerivation.class);
        GuiActionRunner.execute(() -> derivation.derive(Derivation.Kind.EXTEND, clip));
        DialogFixture dialog = WindowFinder.findDialog("extendDialog").withTimeout(10_000).using(window.robot());
        assertThat(dialog.target().getTitle()).isEqualTo("Extend " + source.videoId());
        dialog.textBox("prompt").enterText("The boat reaches the far bank");
        GuiActionRunner.execute(() -> {
            dialog.comboBox("seconds").target().setSelectedItem(4);
            dialog.button("queue").target().doClick();
        });
        dialog.requireNotVisible();

        await("the extension queued", () -> queue.jobs().size() == 1);
        Job extension = queue.jobs().get(0);
        assertThat(extension.spec()).extracting(JobSpec::kind, JobSpec::sourceVideoId, JobSpec::seconds, JobSpec::profile)
                .containsExactly(JobSpec.Kind.EXTEND, source.videoId(), 4, source.spec().profile());
        await("the extension completed", () -> queue.job(extension.id()).orElseThrow().state() == JobState.COMPLETED);
        Path extended = queue.job(extension.id()).orElseThrow().videoFile();
        await("the storyboard told", () -> !RecordingClipChain.ANNOUNCED.isEmpty());
        assertThat(RecordingClipChain.ANNOUNCED.get(0)).containsExactly(clip, extended);
    }

    /** Part of the test above: a video the studio did not make is explained in words and nothing is queued. */
    private void aFileWithoutSidecarIsExplainedAndNothingIsQueued() throws Exception {
        int jobs = queue.jobs().size();
        Path stranger = Files.createTempFile("holiday", ".mp4");
        GuiActionRunner.execute(() -> Lookup.getDefault().lookup(ClipDerivation.class).derive(Derivation.Kind.EDIT, stranger));
        DialogFixture message = WindowFinder.findDialog(new GenericTypeMatcher<>(javax.swing.JDialog.class) {
            @Override
            protected boolean isMatching(javax.swing.JDialog dialog) {
                return dialog.isShowing() && textOf(dialog).contains("was not made by the studio");
            }
        }).withTimeout(10_000).using(window.robot());
        assertThat(textOf(message.target())).contains(stranger.getFileName().toString(), "sidecar");
        GuiActionRunner.execute(() -> message.target().dispose());
        assertThat(queue.jobs()).hasSize(jobs);
    }

    /** Every piece of text in a window, labels and text areas alike. */
    private static String textOf(java.awt.Container container) {
        StringBuilder text = new StringBuilder();
        for (java.awt.Component child : container.getComponents()) {
            if (child instanceof javax.swing.JLabel label) {
                text.append(label.getText()).append('\n');
            } else if (child instanceof javax.swing.text.JTextComponent area) {
                text.append(area.getText()).append('\n');
            }
            if (child instanceof java.awt.Container inner) {
                text.append(textOf(inner));
            }
        }
        return text.toString();
    }

    /** Right-clicks the source's row and picks {@code item} from its context menu; the dialog must open. */
    private DialogFixture openDialog(String item, String dialogName) {
        // with no window manager under Xvfb, a closed dialog hands focus to nobody: give it back to the frame
        GuiActionRunner.execute(() -> {
            window.target().toFront();
            window.table("jobs").target().requestFocus();
        });
        window.robot().waitForIdle();
        window.table("jobs").selectRows(0);
        JPopupMenuFixture menu = window.table("jobs").showPopupMenuAt(TableCell.row(0).column(0));
        assertThat(menu.menuLabels()).contains("Extend…", "Edit…");
        menu.menuItem(new GenericTypeMatcher<>(javax.swing.JMenuItem.class) {
            @Override
            protected boolean isMatching(javax.swing.JMenuItem component) {
                return item.equals(component.getText());
            }
        }).click();
        return WindowFinder.findDialog(dialogName).withTimeout(5000).using(window.robot());
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
