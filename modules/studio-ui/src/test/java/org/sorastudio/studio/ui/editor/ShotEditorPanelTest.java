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
package org.sorastudio.studio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.impl.BuiltInModelCatalog;
import org.sorastudio.core.model.Shot;
import org.sorastudio.testing.TestPictures;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;

/** Drives the Shot editor in a real window: inline validation and the state of Generate. */
class ShotEditorPanelTest {

    private FrameFixture window;
    private ShotEditorPanel panel;
    private final List<Shot> generated = new ArrayList<>();

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new ShotEditorPanel(new BuiltInModelCatalog());
            panel.setOnGenerate(generated::add);
            JFrame f = new JFrame("Shot editor test");
            f.setContentPane(panel);
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

    @Test
    void everyControlIsNamedAndReachedWithTheKeyboard() {
        GuiActionRunner.execute(() -> panel.setShot(Shot.create("A lighthouse at dusk")));
        List<java.awt.Component> cycle = KeyboardWalk.walk(window);
        assertThat(cycle).extracting(java.awt.Component::getName).contains("prompt", "remixOf", "generate");
    }

    @Test
    void ctrlF1ShowsTheFocusedControlsTooltip() {
        GuiActionRunner.execute(() -> panel.setShot(Shot.create("A lighthouse at dusk")));
        GuiSteps.focus(window);
        GuiActionRunner.execute(() -> window.button("generate").target().requestFocusInWindow());
        GuiSteps.awaitTrue("Generate has the focus", () -> window.button("generate").target().isFocusOwner());
        window.robot().pressAndReleaseKey(java.awt.event.KeyEvent.VK_F1, ctrl());
        GuiSteps.awaitTrue("the tooltip shows", () -> window.robot().finder()
                .findAll(c -> c instanceof javax.swing.JToolTip tip && tip.isShowing()
                        && "Queue this shot for generation (Ctrl+Enter)".equals(tip.getTipText())).size() == 1);
    }

    @Test
    void aShotIsWrittenAndGeneratedWithoutTheMouse() {
        GuiSteps.focus(window);
        GuiActionRunner.execute(() -> window.textBox("prompt").target().requestFocusInWindow());
        GuiSteps.awaitTrue("the prompt has the focus", () -> window.textBox("prompt").target().isFocusOwner());
        window.robot().enterText("A kite over the dunes");
        window.textBox("prompt").requireText("A kite over the dunes");
        window.robot().pressAndReleaseKey(java.awt.event.KeyEvent.VK_ENTER, ctrl());
        GuiSteps.awaitTrue("the shot generated", () -> generated.size() == 1);
        assertThat(generated.get(0).prompt()).isEqualTo("A kite over the dunes");
    }

    /** AssertJ Swing presses modifiers given in the old InputEvent masks. */
    @SuppressWarnings("deprecation")
    private static int ctrl() {
        return java.awt.event.InputEvent.CTRL_MASK;
    }

    @Test
    void emptyPromptDisablesGenerateAndSaysWhy() {
        window.button("generate").requireDisabled();
        window.label("promptMessage").requireText("Write a prompt: it is required.");

        window.textBox("prompt").enterText("A paper boat in a storm drain");

        window.button("generate").requireEnabled();
        window.label("promptMessage").requireText(" ");
        assertThat(window.label("promptCount").text()).matches("29 / 32.?000");
    }

    @Test
    void aCharacterNameIsInsertedAtTheCaretWithSpacesAroundIt() {
        GuiActionRunner.execute(() -> panel.setShot(org.sorastudio.core.model.Shot.create("walks into the rain")));
        GuiActionRunner.execute(() -> window.textBox("prompt").target().setCaretPosition(0));
        GuiActionRunner.execute(() -> panel.insertIntoPrompt("Mira"));
        window.textBox("prompt").requireText("Mira walks into the rain");
        GuiActionRunner.execute(() -> window.textBox("prompt").target().setCaretPosition("Mira walks into".length()));
        GuiActionRunner.execute(() -> panel.insertIntoPrompt("Rex"));
        window.textBox("prompt").requireText("Mira walks into Rex the rain");
        assertThat(GuiActionRunner.execute(() -> panel.shot().prompt())).isEqualTo("Mira walks into Rex the rain");
    }

    @Test
    void sizeTheModelCannotRenderIsExplainedAndBlocks() {
        window.textBox("prompt").enterText("City at night");
        window.comboBox("model").selectItem("sora-2-pro");
        window.comboBox("size").selectItem("1792x1024");
        window.button("generate").requireEnabled();

        window.comboBox("model").selectItem("sora-2");

        window.button("generate").requireDisabled();
        assertThat(window.label("sizeMessage").text()).contains("sora-2 does not render 1792x1024").contains("1280x720");
    }

    @Test
    void typedSecondsAreValidatedToo() {
        window.textBox("prompt").enterText("Waves");
        window.comboBox("seconds").replaceText("7");
        window.button("generate").requireDisabled();
        assertThat(window.label("secondsMessage").text()).contains("does not render 7 s clips");

        window.comboBox("seconds").replaceText("8");
        window.button("generate").requireEnabled();
    }

    @Test
    void missingReferenceImageBlocksAndAnExistingOneIsAccepted(@TempDir Path folder) throws Exception {
        window.textBox("prompt").enterText("Portrait");
        window.textBox("reference").enterText(folder.resolve("missing.png").toString());
        window.button("generate").requireDisabled();
        awaitText("referenceMessage", "does not exist");
        window.button("generate").requireDisabled();

        Path image = TestPictures.halves(folder, "face.png", 1280, 720, "png");
        window.textBox("reference").setText(image.toString());
        window.button("generate").requireDisabled(); // until the image has been read
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("Generate is enabled") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.button("generate").target().isEnabled());
            }
        }, org.assertj.swing.timing.Timeout.timeout(15_000));
    }

    private void awaitText(String label, String part) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(label + " says " + part) {
            @Override
            public boolean test() {
                return window.label(label).text().contains(part);
            }
        }, org.assertj.swing.timing.Timeout.timeout(15_000));
    }

    @Test
    void generateHandsOverTheShotAsEntered() {
        window.textBox("prompt").enterText("Lanterns rising");
        window.comboBox("model").selectItem("sora-2-pro");
        window.comboBox("seconds").selectItem("12");
        window.button("generate").click();

        assertThat(generated).singleElement().satisfies(shot -> {
            assertThat(shot.prompt()).isEqualTo("Lanterns rising");
            assertThat(shot.model()).isEqualTo("sora-2-pro");
            assertThat(shot.seconds()).isEqualTo(12);
            assertThat(shot.size()).isEqualTo("1280x720");
        });
    }

    @Test
    void aRemixKeepsTheSourceParametersAndHandsOverTheVideoId() {
        window.textBox("prompt").enterText("The same street, now in snow");
        window.textBox("remixOf").setText("video_68d7512d07848190");

        window.comboBox("model").requireDisabled();
        window.comboBox("size").requireDisabled();
        window.button("generate").requireEnabled().requireText("Remix");
        assertThat(window.label("remixOfMessage").text()).contains("keeps the source video's model, size and length");
        // pressed through Swing: a lost robot click is not what this test is about
        GuiSteps.press(window.button("generate"));
        GuiSteps.awaitTrue("the remix handed over", () -> !generated.isEmpty());
        assertThat(generated).singleElement().satisfies(shot -> assertThat(shot.remixOf()).contains("video_68d7512d07848190"));

        window.textBox("remixOf").setText("not an id!");
        window.button("generate").requireDisabled();
        window.textBox("remixOf").setText("");
        window.comboBox("model").requireEnabled();
        window.button("generate").requireText("Generate");
    }

    @Test
    void unknownGatewayModelWarnsButAllowsGenerate() {
        window.textBox("prompt").enterText("Desert");
        window.comboBox("model").replaceText("veo-3");
        window.comboBox("size").replaceText("1920x1080");
        window.comboBox("seconds").replaceText("6");

        window.button("generate").requireEnabled();
        assertThat(window.label("modelMessage").text()).contains("not in the model catalog");
    }
}
