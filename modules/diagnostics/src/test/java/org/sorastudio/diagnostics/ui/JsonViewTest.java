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
package org.sorastudio.diagnostics.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFrame;
import javax.swing.JLabel;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.fife.ui.rsyntaxtextarea.RSyntaxTextArea;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.testing.gui.KeyboardWalk;

/** A clip's details in a real window: JSON colours and folding, search, and a notice for a file that is not JSON. */
class JsonViewTest {

    @TempDir
    Path folder;
    private JsonView view;
    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void show() {
        JFrame frame = GuiActionRunner.execute(() -> {
            view = new JsonView();
            JFrame f = new JFrame("Details test");
            f.setContentPane(view);
            f.setSize(900, 600);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private RSyntaxTextArea area() {
        return (RSyntaxTextArea) window.textBox("json").target();
    }

    private void open(String name, String content) throws Exception {
        Path file = Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        GuiActionRunner.execute(() -> view.open(file)).waitFinished();
        pause(new Condition("the file is shown") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> !area().getText().equals(Bundle.JsonView_loading()));
            }
        }, timeout(10_000));
    }

    @Test
    void aSidecarShowsAsColouredFoldableJson() throws Exception {
        open("clip.json", "{\"videoId\":\"video_1\",\"request\":{\"prompt\":\"A red kite\"},\"transitions\":[{\"state\":\"QUEUED\"},"
                + "{\"state\":\"COMPLETED\"}]}");

        assertThat(window.textBox("json").text()).contains("\"prompt\": \"A red kite\"");
        assertThat(GuiActionRunner.execute(() -> area().getSyntaxEditingStyle())).isEqualTo(SyntaxConstants.SYNTAX_STYLE_JSON);
        // The folds are found by the text area's parser shortly after the text is set.
        pause(new Condition("objects and arrays can be folded") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> area().getFoldManager().getFoldCount() > 0);
            }
        }, timeout(10_000));
        JLabel notice = window.robot().finder().findByName(view, "notice", JLabel.class, false);
        assertThat(GuiActionRunner.execute(notice::isVisible)).as("a notice shows").isFalse();
    }

    @Test
    void findSelectsTheNextMatchAndSaysWhenThereIsNone() throws Exception {
        open("clip.json", "{\"a\":{\"state\":\"QUEUED\"},\"b\":{\"state\":\"COMPLETED\"}}");

        window.textBox("find").enterText("completed\n");
        assertThat(GuiActionRunner.execute(() -> area().getSelectedText())).isEqualTo("COMPLETED");

        window.textBox("find").deleteText().enterText("moderation\n");
        window.label("notice").requireVisible().requireText("\"moderation\" is not in this document.");
    }

    @Test
    void aPageInsteadOfJsonIsShownAsItIsWithANotice() throws Exception {
        open("answer.json", "<html>502 Bad Gateway</html>");

        assertThat(window.textBox("json").text()).isEqualTo("<html>502 Bad Gateway</html>");
        assertThat(GuiActionRunner.execute(() -> area().getSyntaxEditingStyle())).isEqualTo(SyntaxConstants.SYNTAX_STYLE_NONE);
        window.label("notice").requireVisible();
        assertThat(window.label("notice").text()).startsWith("This file is not valid JSON");
    }

    /** Clip Details' JSON view with the keyboard alone: named, reached, no trap, its own mnemonics. */
    @Test
    void everyControlIsNamedAndReachedWithTheKeyboard() {
        KeyboardWalk.walk(window);
    }
}
