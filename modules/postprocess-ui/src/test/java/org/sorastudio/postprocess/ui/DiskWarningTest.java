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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.JDialog;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.postprocess.disk.DiskVerdict;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.testing.fixtures.SimulatorQueue;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;

/** The warning before a batch that would not fit, in a real dialog, and what each answer does to a real queue. */
class DiskWarningTest {

    @TempDir
    Path folder;

    private Robot robot;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void robot() {
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
    }

    @AfterEach
    void cleanUp() {
        robot.cleanUp();
    }

    private DialogFixture warning() {
        DialogFixture dialog = WindowFinder.findDialog(new GenericTypeMatcher<JDialog>(JDialog.class) {
            @Override
            protected boolean isMatching(JDialog candidate) {
                return "Not Enough Disk Space for This Batch".equals(candidate.getTitle()) && candidate.isShowing();
            }
        }).withTimeout(10_000).using(robot);
        GuiSteps.focus(dialog);
        return dialog;
    }

    @Test
    void showsTheNumbersAndGoOnSendsTheBatch() throws Exception {
        DiskVerdict verdict = new DiskVerdict(folder, 1_400_000_000L, 3_000_000_000L, 2_048_000_000L, "");
        CompletableFuture<DiskWarning.Choice> answer = CompletableFuture.supplyAsync(() -> DiskWarning.ask(verdict));

        DialogFixture dialog = warning();
        dialog.label("needed").requireText("1.4 GB");
        KeyboardWalk.walk(dialog);
        dialog.label("free").requireText("3.0 GB");
        dialog.label("threshold").requireText("2.0 GB");
        dialog.label("folder").requireText(folder.toString());
        assertThat(dialog.label("message").text()).contains("so it would leave 1.6 GB");
        // through Swing: a robot click can be lost on Xvfb, and what is checked is what the answer does
        GuiSteps.press(dialog.button("goOn"));
        GuiSteps.awaitTrue("the warning is closed", () -> !dialog.target().isShowing());

        assertThat(answer.get(10, TimeUnit.SECONDS).decision()).isEqualTo(DiskWarning.Decision.GO_ON);
    }

    @Test
    void pauseQueuesTheBatchButSendsNothingUntilResume() throws Exception {
        try (SimulatorQueue sim = new SimulatorQueue(folder)) {
            // 100 MB free, 2 GB must stay free: any batch is warned about
            StudioPostProcessing studio = new StudioPostProcessing(path -> 100_000_000L, new Notifier(NotificationPreferences::defaults));
            List<JobSpec> batch = SimulatorQueue.shots(2, "A storm over the sea");
            CompletableFuture<Boolean> asked = CompletableFuture.supplyAsync(() -> {
                boolean go = studio.beforeEnqueue(sim.queue, batch);
                if (go) {
                    sim.queue.enqueue(batch);
                }
                return go;
            });

            DialogFixture dialog = warning();
            GuiSteps.press(dialog.button("pause"));
            GuiSteps.awaitTrue("the warning is closed", () -> !dialog.target().isShowing());

            assertThat(asked.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(sim.queue.isPaused()).isTrue();
            assertThat(sim.queue.stats().pauseReason()).startsWith("not enough disk space for the last batch (it needs about 6 MB;"
                    + " 100 MB free, 2.0 GB should stay free)");
            Thread.sleep(1000);
            assertThat(sim.server.acceptedCreates()).isZero();
            assertThat(sim.queue.jobs()).hasSize(2).allMatch(job -> job.state() == JobState.QUEUED);

            sim.queue.resume();
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(2))).isTrue();
            assertThat(sim.queue.jobs()).allMatch(job -> job.state() == JobState.COMPLETED);
        }
    }
}
