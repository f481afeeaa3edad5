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
package org.sorastudio.queue.ui.options;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sorastudio.core.model.Settings;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;
import org.sorastudio.testing.gui.MnemonicCheck;

/** The Options window's Queue tab in a real window: the stored values shown, and the tab with the keyboard alone. */
class QueueOptionsPanelTest {

    private QueueOptionsPanel panel;
    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new QueueOptionsPanel(() -> { });
            panel.load(Settings.defaults());
            JFrame f = new JFrame("Queue options");
            f.setContentPane(panel.component());
            f.setSize(600, 250);
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
    void everyControlIsNamedReachedWithTheKeyboardAndHasItsOwnMnemonic() {
        assertThat(KeyboardWalk.walk(window)).hasSizeGreaterThanOrEqualTo(2);
        MnemonicCheck.inEveryLanguage(() -> (java.awt.Container) new QueueOptionsPanel(() -> { }).component());
        assertThat(GuiActionRunner.execute(() -> panel.edits().apply(Settings.defaults()))).isEqualTo(Settings.defaults());
    }
}
