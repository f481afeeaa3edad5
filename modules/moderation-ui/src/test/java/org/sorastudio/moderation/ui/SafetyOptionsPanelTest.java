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
package org.sorastudio.moderation.ui;

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
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;
import org.sorastudio.testing.gui.MnemonicCheck;

/** Tools > Options > Safety in a real window: what is stored shows, and what the user changes is what would be saved. */
class SafetyOptionsPanelTest {

    private FrameFixture window;
    private SafetyOptionsPanel panel;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new SafetyOptionsPanel(changes::incrementAndGet);
            panel.load(new SafetyPreferences(false, List.of("gun", "blood")));
            JFrame f = new JFrame("Safety");
            f.setContentPane(panel);
            f.setSize(700, 300);
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
    void theStoredSettingsShowAndTheUsersChangesAreWhatWouldBeSaved() {
        window.checkBox("checkBeforeSending").requireNotSelected();
        window.textBox("watchedWords").requireText("gun, blood");

        GuiSteps.press(window.checkBox("checkBeforeSending"));
        window.textBox("watchedWords").setText("gun, , knife ,gun");

        assertThat(GuiActionRunner.execute(panel::preferences)).isEqualTo(new SafetyPreferences(true, List.of("gun", "knife")));
        assertThat(changes.get()).isPositive();
    }

    @Test
    void modelRewritesAreOffByDefaultAndTheirModelIsChosenWhenOn() {
        window.checkBox("suggestModelRewrite").requireNotSelected();
        window.textBox("rewriteModel").requireText("gpt-4.1-mini").requireDisabled();

        GuiSteps.press(window.checkBox("suggestModelRewrite"));
        GuiSteps.awaitTrue("the model field enabled", () -> window.textBox("rewriteModel").target().isEnabled());
        window.textBox("rewriteModel").setText("gpt-5-nano");

        assertThat(GuiActionRunner.execute(panel::preferences))
                .isEqualTo(new SafetyPreferences(false, List.of("gun", "blood"), true, "gpt-5-nano"));
    }

    /** The Options window's Safety tab, with the keyboard alone and in every language. */
    @Test
    void everyControlIsNamedReachedWithTheKeyboardAndHasItsOwnMnemonic() {
        KeyboardWalk.walk(window);
        MnemonicCheck.inEveryLanguage(() -> new SafetyOptionsPanel(() -> { }));
    }
}
