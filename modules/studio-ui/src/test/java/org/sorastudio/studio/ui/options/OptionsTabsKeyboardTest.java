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
package org.sorastudio.studio.ui.options;

import java.util.function.Function;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sorastudio.core.model.Settings;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;
import org.sorastudio.testing.gui.MnemonicCheck;
import org.sorastudio.ui.support.api.OptionsTab;

/**
 * The studio's own tabs of the Options window (General, Appearance, Advanced) with the keyboard alone: each control
 * named and reached by Tab, no trap, every caption bound to its field, every button with its own mnemonic in every
 * language. (The platform's dialog around them, its categories and OK/Cancel, is the platform's.)
 */
class OptionsTabsKeyboardTest {

    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void theGeneralTab() {
        walk(GeneralTab::new);
    }

    @Test
    void theAppearanceTab() {
        walk(AppearanceTab::new);
    }

    @Test
    void theAdvancedTab() {
        walk(AdvancedTab::new);
    }

    private void walk(Function<Runnable, OptionsTab<Settings>> tab) {
        JFrame frame = GuiActionRunner.execute(() -> {
            OptionsTab<Settings> shown = tab.apply(() -> { });
            shown.load(Settings.defaults());
            JFrame f = new JFrame("Options tab");
            f.setContentPane(shown.component());
            f.setSize(700, 400);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        GuiSteps.focus(window);
        KeyboardWalk.walk(window);
        MnemonicCheck.inEveryLanguage(() -> GuiActionRunner.execute(() -> (java.awt.Container) tab.apply(() -> { }).component()));
    }
}
