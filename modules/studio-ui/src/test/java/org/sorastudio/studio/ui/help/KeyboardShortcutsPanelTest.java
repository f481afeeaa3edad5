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
package org.sorastudio.studio.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JFrame;
import javax.swing.JTable;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sorastudio.testing.gui.KeyboardWalk;

/** The Keyboard Shortcuts list in a real window: what it shows, and that a keyboard user can read it. */
class KeyboardShortcutsPanelTest {

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
    void listsTheKeymapsShortcutsInATableTheKeyboardReaches() {
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("Keyboard shortcuts test");
            f.setContentPane(KeyboardShortcutsAction.panel(ShortcutList.current()));
            f.pack();
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        JTable table = window.table("shortcuts").target();
        assertThat(GuiActionRunner.execute(() -> table.getAccessibleContext().getAccessibleName())).isEqualTo("Keyboard shortcuts");
        assertThat(java.util.Arrays.stream(window.table("shortcuts").contents()).map(row -> row[0] + " = " + row[1]))
                .contains("Generate Shot = Ctrl+Enter", "User Guide = F1");
        assertThat(KeyboardWalk.walk(window)).containsExactly(table);
        // the keys every window has, which no keymap lists: moving, mnemonics, the tooltip of the focused control
        assertThat(window.label("everywhere").text()).contains("Shift+Tab", "Ctrl+Tab", "Alt", "Ctrl+F1", "Shift+F10");
    }
}
