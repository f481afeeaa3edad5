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

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.core.model.PostProcessingSettings;
import org.sorastudio.postprocess.HookPresets;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;
import org.sorastudio.testing.gui.MnemonicCheck;

/** The Options page in a real window: a GIF preset, a step of one's own, order, on/off, threshold, notifications. */
class HooksOptionsPanelTest {

    private FrameFixture window;
    private HooksOptionsPanel panel;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new HooksOptionsPanel(changes::incrementAndGet);
            panel.load(PostProcessingSettings.defaults(), NotificationPreferences.defaults());
            JFrame f = new JFrame("Post-processing options test");
            f.setContentPane(panel);
            f.setSize(900, 600);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        GuiSteps.focus(window);
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    @Test
    void aGifPresetAndAStepOfOnesOwnAreStoredInOrder() {
        window.button("addPreset").click();
        window.menuItem("preset:Make GIF").click();
        GuiSteps.awaitTrue("the preset is listed", () -> window.table("steps").target().getRowCount() == 1);

        window.table("steps").requireCellValue(org.assertj.swing.data.TableCell.row(0).column(1), "Make GIF");
        window.textBox("name").requireText("Make GIF");
        assertThat(window.textBox("arguments").text()).startsWith("{ffmpeg}\n-hide_banner").contains("{dir}/{stem}.gif");
        assertThat(window.textBox("placeholders").text()).contains("{clip}", "{sidecar}", "{video_id}", "{prompt}");

        window.button("addStep").click();
        window.textBox("name").deleteText().enterText("Copy to NAS");
        window.textBox("arguments").deleteText().enterText("cp\n{clip}\n/mnt/nas/clips with spaces/");
        window.spinner("timeout").select(30);
        window.button("up").click();
        window.table("steps").requireCellValue(org.assertj.swing.data.TableCell.row(0).column(1), "Copy to NAS");
        window.table("steps").cell(org.assertj.swing.data.TableCell.row(1).column(0)).click(); // the GIF off
        window.spinner("threshold").select(500L);
        window.checkBox("sound").click();

        PostProcessingSettings stored = GuiActionRunner.execute(panel::postProcessing);
        assertThat(stored.hooks()).containsExactly(
                new HookStep("Copy to NAS", List.of("cp", "{clip}", "/mnt/nas/clips with spaces/"), 30, true),
                new HookStep("Make GIF", HookPresets.GIF.arguments(), HookPresets.GIF.timeoutSeconds(), false));
        assertThat(stored.freeSpaceThresholdMb()).isEqualTo(500);
        assertThat(GuiActionRunner.execute(panel::notifications).sound()).isTrue();
        assertThat(changes.get()).isPositive();
    }

    /** Tab in the arguments moves on to the next field, as in the rest of the form; it is never typed into an argument. */
    @Test
    void tabInTheArgumentsMovesOnInsteadOfEndingUpInAnArgument() {
        window.button("addStep").click();
        window.textBox("arguments").deleteText().enterText("uploader\n{clip}");
        window.textBox("arguments").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_TAB);

        GuiSteps.awaitTrue("the focus left the arguments", () -> !window.textBox("arguments").target().isFocusOwner());
        assertThat(GuiActionRunner.execute(panel::postProcessing).hooks().get(0).arguments()).containsExactly("uploader", "{clip}");
    }

    @Test
    void removeLeavesNoStepsAndAnEmptyEditor() {
        window.button("addPreset").click();
        window.menuItem("preset:Extract last frame").click();
        window.button("remove").click();

        assertThat(GuiActionRunner.execute(panel::postProcessing).hooks()).isEmpty();
        window.textBox("arguments").requireText("").requireDisabled();
    }

    /** The Options window's Post-processing tab, with the keyboard alone and in every language. */
    @Test
    void everyControlIsNamedReachedWithTheKeyboardAndHasItsOwnMnemonic() {
        KeyboardWalk.walk(window);
        MnemonicCheck.inEveryLanguage(() -> new HooksOptionsPanel(() -> { }));
    }
}
