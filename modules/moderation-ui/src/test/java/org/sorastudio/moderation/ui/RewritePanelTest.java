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
import javax.swing.JFrame;
import javax.swing.JTextPane;
import javax.swing.text.AttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sorastudio.moderation.api.Rewrite;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;

/** The rewrite panel in a real window: suggestions, the prompt to edit, and its changes against the blocked one. */
class RewritePanelTest {

    private static final String BLOCKED = "Fireworks explode over the harbour";

    private FrameFixture window;
    private RewritePanel panel;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new RewritePanel(BLOCKED, List.of(
                    new Rewrite("Fireworks burst into confetti over the harbour", "Softer words: explode → burst into confetti."),
                    new Rewrite("Fireworks over the harbour", "Left out: explode.")));
            JFrame f = new JFrame("Rewrite");
            f.setContentPane(panel);
            f.setSize(700, 500);
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
    void theFirstSuggestionIsReadyWithItsChangesMarked() {
        window.textBox("prompt").requireText("Fireworks burst into confetti over the harbour");

        assertThat(styledRuns()).containsExactly("struck:explode ", "added:burst into confetti ");
    }

    @Test
    void anotherSuggestionOrTheUsersOwnEditIsWhatWouldBeSent() {
        window.list("suggestions").selectItem(1);
        window.textBox("prompt").requireText("Fireworks over the harbour");

        window.textBox("prompt").setText("Fireworks bloom over the quiet harbour");

        assertThat(GuiActionRunner.execute(panel::prompt)).isEqualTo("Fireworks bloom over the quiet harbour");
        assertThat(styledRuns()).containsExactly("struck:explode ", "added:bloom ", "added:quiet ");
    }

    /** The change pane's runs that are struck through or underlined, as "struck:TEXT" and "added:TEXT". */
    private List<String> styledRuns() {
        return GuiActionRunner.execute(() -> {
            JTextPane changes = (JTextPane) window.textBox("changes").target();
            StyledDocument document = changes.getStyledDocument();
            List<String> runs = new java.util.ArrayList<>();
            int at = 0;
            while (at < document.getLength()) {
                javax.swing.text.Element run = document.getCharacterElement(at);
                AttributeSet style = run.getAttributes();
                String text = document.getText(run.getStartOffset(), run.getEndOffset() - run.getStartOffset());
                if (StyleConstants.isStrikeThrough(style)) {
                    runs.add("struck:" + text);
                } else if (StyleConstants.isUnderline(style)) {
                    runs.add("added:" + text);
                }
                at = run.getEndOffset();
            }
            return runs;
        });
    }

    /** The Rewrite & Resend dialog's content with the keyboard alone: named, reached, no trap, its own mnemonics. */
    @Test
    void everyControlIsNamedAndReachedWithTheKeyboard() {
        KeyboardWalk.walk(window);
    }
}
