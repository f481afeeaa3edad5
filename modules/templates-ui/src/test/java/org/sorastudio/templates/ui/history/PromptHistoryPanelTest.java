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
package org.sorastudio.templates.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JList;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.lookup.Lookups;
import org.sorastudio.templates.api.HistoryEntry;
import org.sorastudio.templates.impl.JsonPromptHistory;
import org.sorastudio.templates.ui.Gui;
import org.sorastudio.templates.ui.RecordingShotEditing;
import org.sorastudio.testing.gui.KeyboardWalk;

/** Drives the Prompt History panel in a real window over a real history file. */
class PromptHistoryPanelTest {

    @TempDir
    Path folder;
    private JsonPromptHistory history;
    private final RecordingShotEditing editing = new RecordingShotEditing();
    private FrameFixture window;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        history = new JsonPromptHistory(folder.resolve("prompt-history.json"), Clock.systemUTC());
        history.record("A lighthouse in a storm, wide shot");
        history.record("Macro shot of rain on a window at night");
        history.record("A fox running through snow at night");
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("History test");
            f.setContentPane(new PromptHistoryPanel(Lookups.fixed(history, editing)));
            f.setSize(420, 500);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    private List<String> shown() {
        return GuiActionRunner.execute(() -> {
            JList<?> list = window.list("history").target();
            List<String> prompts = new ArrayList<>();
            for (int i = 0; i < list.getModel().getSize(); i++) {
                prompts.add(((HistoryEntry) list.getModel().getElementAt(i)).prompt());
            }
            return prompts;
        });
    }

    private void awaitShown(String... prompts) {
        Gui.awaitTrue("the history shows " + List.of(prompts), () -> shown().equals(List.of(prompts)), this::shown);
    }

    @Test
    void searchFindsPromptsWithEveryWordAndUseFillsTheShotEditor() {
        awaitShown("A fox running through snow at night", "Macro shot of rain on a window at night", "A lighthouse in a storm, wide shot");
        Gui.screenshot(window.target(), "prompt-history");
        window.textBox("historySearch").enterText("night rain");
        awaitShown("Macro shot of rain on a window at night");
        window.textBox("historyStatus").requireText("1 of 3 prompts");

        Gui.select(window.list("history"), 0);
        Gui.press(window.button("useInShot"));

        assertThat(editing.edited).singleElement().satisfies(shot -> {
            assertThat(shot.prompt()).isEqualTo("Macro shot of rain on a window at night");
            assertThat(shot.model()).as("the editor's other settings stay").isEqualTo(RecordingShotEditing.CURRENT.model());
            assertThat(shot.size()).isEqualTo(RecordingShotEditing.CURRENT.size());
        });
    }

    /** The Prompt History window with the keyboard alone: named, reached, no trap, its own mnemonics. */
    @Test
    void everyControlIsNamedAndReachedWithTheKeyboard() {
        awaitShown("A fox running through snow at night", "Macro shot of rain on a window at night", "A lighthouse in a storm, wide shot");
        KeyboardWalk.walk(window);
    }

    @Test
    void aPromptRecordedElsewhereAppearsAtTheTopAndRemoveForgetsOne() {
        awaitShown("A fox running through snow at night", "Macro shot of rain on a window at night", "A lighthouse in a storm, wide shot");
        history.record("A lighthouse in a storm, wide shot");
        awaitShown("A lighthouse in a storm, wide shot", "A fox running through snow at night", "Macro shot of rain on a window at night");

        Gui.select(window.list("history"), 1);
        Gui.press(window.button("remove"));
        awaitShown("A lighthouse in a storm, wide shot", "Macro shot of rain on a window at night");
        assertThat(history.entries()).extracting(HistoryEntry::prompt).doesNotContain("A fox running through snow at night");
    }
}
