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
package org.sorastudio.templates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.JList;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JListFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.lookup.Lookups;
import org.sorastudio.core.impl.BuiltInModelCatalog;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.Template;
import org.sorastudio.templates.impl.JsonTemplateLibrary;
import org.sorastudio.testing.gui.KeyboardWalk;
import org.sorastudio.testing.gui.MnemonicCheck;

/** Drives the Templates panel in a real window over a real library file. */
class TemplatesPanelTest {

    private static final Template PRODUCT = new Template("p", "Product hero", "A {product} turning on a white plinth",
            "sora-2-pro", "1792x1024", 8, List.of("product", "studio"), "for the shop", false);
    private static final Template RAIN = new Template("r", "Rainy street", "Rain on cobblestones, {time}", "sora-2", "1280x720", 4,
            List.of("night", "city"), "", false);
    private static final Template MARKET = new Template("m", "Market stalls", "A busy {city} market at dusk", "sora-2", "1280x720", 12,
            List.of("city"), "", false);

    @TempDir
    Path folder;
    private JsonTemplateLibrary library;
    private final RecordingShotEditing editing = new RecordingShotEditing();
    private final List<Optional<Template>> batches = new ArrayList<>();
    private FrameFixture window;
    private JListFixture templates;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() throws Exception {
        library = new JsonTemplateLibrary(folder.resolve("templates.json"), Clock.systemUTC());
        for (Template t : List.of(PRODUCT, RAIN, MARKET)) {
            library.save(t);
        }
    }

    private void show() {
        JFrame frame = GuiActionRunner.execute(() -> {
            TemplatesPanel panel = new TemplatesPanel(Lookups.fixed(library, new BuiltInModelCatalog(), editing), batches::add);
            JFrame f = new JFrame("Templates test");
            f.setContentPane(panel);
            f.setSize(420, 700);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        templates = window.list("templates");
        templates.replaceCellReader((list, index) -> ((Template) list.getModel().getElementAt(index)).name());
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private List<String> shownNames() {
        return GuiActionRunner.execute(() -> {
            JList<?> list = templates.target();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < list.getModel().getSize(); i++) {
                names.add(((Template) list.getModel().getElementAt(i)).name());
            }
            return names;
        });
    }

    private void select(String name) {
        Gui.select(templates, shownNames().indexOf(name));
    }

    /** Waits until the list shows exactly {@code names}: the library is read and written off the EDT. */
    private void awaitNames(String... names) {
        Gui.awaitTrue("the list shows " + List.of(names), () -> shownNames().equals(List.of(names)), this::shownNames);
    }

    @Test
    void listsTemplatesByName() {
        show();
        awaitNames("Market stalls", "Product hero", "Rainy street");
        window.textBox("status").requireText("3 of 3 templates");
    }

    @Test
    void searchNarrowsTheListAsYouType() {
        show();
        awaitNames("Market stalls", "Product hero", "Rainy street");

        window.textBox("search").enterText("ci");
        awaitNames("Market stalls", "Rainy street");
        window.textBox("search").enterText("ty ma");
        awaitNames("Market stalls");

        window.textBox("search").deleteText().enterText("#prod");
        awaitNames("Product hero");
        window.textBox("search").deleteText().enterText("plinth");
        awaitNames("Product hero");
        window.textBox("search").deleteText().enterText("nothing like this");
        awaitNames();
        window.textBox("status").requireText("No template matches the search.");
    }

    @Test
    void tagFilterShowsOnlyThatTag() {
        show();
        awaitNames("Market stalls", "Product hero", "Rainy street");
        window.comboBox("tagFilter").selectItem("night");
        awaitNames("Rainy street");
        window.comboBox("tagFilter").selectItem("All tags");
        awaitNames("Market stalls", "Product hero", "Rainy street");
    }

    @Test
    void pinMovesATemplateToTheTopAndUnpinMovesItBack() throws Exception {
        show();
        awaitNames("Market stalls", "Product hero", "Rainy street");

        select("Rainy street");
        Gui.press(window.button("pin").requireText("Pin"));
        awaitNames("Rainy street", "Market stalls", "Product hero");
        Gui.screenshot(window.target(), "templates-window");
        assertThat(library.find("r")).get().extracting(Template::pinned).isEqualTo(true);
        Gui.press(window.button("pin").requireText("Unpin"));
        awaitNames("Market stalls", "Product hero", "Rainy street");
    }

    @Test
    void newTemplateIsWrittenInTheDialogAndSaved() throws Exception {
        show();
        awaitNames("Market stalls", "Product hero", "Rainy street");

        Gui.pressOpening(window.button("new"));
        DialogFixture dialog = Gui.dialogTitled(window.robot(), "New Template");
        dialog.button(Gui.withText("OK")).requireDisabled();
        dialog.label("templateMessage").requireText("Give the template a name.");
        dialog.textBox("templatePrompt").enterText("A {animal} on a {red|blue} bicycle");
        dialog.textBox("templatePrompt").requireText("A {animal} on a {red|blue} bicycle");
        assertThat(dialog.label("templateVariables").text()).isEqualTo("Variables: {animal}");
        dialog.textBox("templateName").enterText("Bicycle");
        dialog.textBox("templateTags").enterText("kids, fun");
        Gui.screenshot(dialog.target(), "templates-new-dialog");
        Gui.press(dialog, "OK");

        awaitNames("Bicycle", "Market stalls", "Product hero", "Rainy street");
        templates.requireSelectedItems("Bicycle");
        Template saved = library.list().stream().filter(t -> t.name().equals("Bicycle")).findFirst().orElseThrow();
        assertThat(saved.prompt()).isEqualTo("A {animal} on a {red|blue} bicycle");
        assertThat(saved.tags()).containsExactly("kids", "fun");
        assertThat(saved.model()).isEqualTo(Shot.DEFAULT_MODEL);
    }

    /** The Templates window and its New Template dialog with the keyboard alone: named, reached, no trap, mnemonics. */
    @Test
    void everyControlIsNamedAndReachedWithTheKeyboard() throws Exception {
        show();
        awaitNames("Market stalls", "Product hero", "Rainy street");
        select("Product hero");
        KeyboardWalk.walk(window);
        Gui.pressOpening(window.button("new"));
        DialogFixture dialog = Gui.dialogTitled(window.robot(), "New Template");
        KeyboardWalk.walk(dialog);
        KeyboardWalk.escapeCloses(dialog);
        MnemonicCheck.inEveryLanguage(() -> new TemplatesPanel(Lookups.fixed(library, new BuiltInModelCatalog(), editing), batches::add));
    }

    @Test
    void editKeepsOkDisabledForABrokenPlaceholder() throws Exception {
        show();
        awaitNames("Market stalls", "Product hero", "Rainy street");
        select("Market stalls");
        Gui.pressOpening(window.button("edit"));
        DialogFixture dialog = Gui.dialogTitled(window.robot(), "Edit Template \"Market stalls\"");
        dialog.textBox("templatePrompt").enterText(" {unclosed");
        dialog.button(Gui.withText("OK")).requireDisabled();
        assertThat(dialog.label("templateMessage").text()).startsWith("Prompt line 1, column 30:");
        dialog.textBox("templatePrompt").enterText("}");
        Gui.press(dialog, "OK");

        Gui.awaitTrue("the edit is saved", () -> {
            try {
                return library.find("m").orElseThrow().prompt().endsWith("{unclosed}");
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void duplicateAddsACopyAndSelectsIt() throws Exception {
        show();
        awaitNames("Market stalls", "Product hero", "Rainy street");
        select("Product hero");
        Gui.press(window.button("duplicate"));
        awaitNames("Market stalls", "Product hero", "Product hero (copy)", "Rainy street");
        templates.requireSelectedItems("Product hero (copy)");
        assertThat(library.list()).hasSize(4);
    }

    @Test
    void deleteAsksFirstAndOnlyDeletesOnYes() throws Exception {
        show();
        awaitNames("Market stalls", "Product hero", "Rainy street");
        select("Rainy street");

        Gui.pressOpening(window.button("delete"));
        Gui.press(Gui.dialogTitled(window.robot(), "Delete Template"), "No");
        Gui.awaitTrue("the question is answered", () -> !Gui.dialogShowing("Delete Template"));
        assertThat(library.find("r")).isPresent();

        Gui.pressOpening(window.button("delete"));
        Gui.press(Gui.dialogTitled(window.robot(), "Delete Template"), "Yes");
        awaitNames("Market stalls", "Product hero");
        assertThat(library.find("r")).isEmpty();
    }

    @Test
    void applyPutsTheTemplateIntoTheShotEditor() {
        show();
        awaitNames("Market stalls", "Product hero", "Rainy street");
        select("Product hero");
        Gui.press(window.button("apply"));

        assertThat(editing.edited).singleElement().satisfies(shot -> {
            assertThat(shot.prompt()).isEqualTo(PRODUCT.prompt());
            assertThat(shot.model()).isEqualTo("sora-2-pro");
            assertThat(shot.size()).isEqualTo("1792x1024");
            assertThat(shot.seconds()).isEqualTo(8);
            assertThat(shot.referenceImage()).as("the editor's reference image is kept").isEqualTo("/images/face.png");
        });
        window.textBox("status").requireText("\"Product hero\" is in the Shot editor.");
    }

    @Test
    void batchFromCsvStartsWithTheSelectedTemplate() {
        show();
        awaitNames("Market stalls", "Product hero", "Rainy street");
        select("Market stalls");
        Gui.press(window.button("batchFromCsv"));
        assertThat(batches).containsExactly(Optional.of(MARKET));
    }

    @Test
    void brokenFileIsExplainedAndTheBackupCanBeRestored() throws Exception {
        Path file = folder.resolve("templates.json");
        Files.writeString(file, "{ \"templates\": [ oops");
        library = new JsonTemplateLibrary(file, Clock.systemUTC());
        show();

        java.awt.Component banner = window.robot().finder().findByName(window.target(), "brokenFile", false);
        Gui.awaitTrue("the banner shows", () -> GuiActionRunner.execute(banner::isShowing));
        assertThat(window.textBox("brokenFileMessage").text()).contains("Your templates cannot be read").contains("templates.json");
        window.button("new").requireDisabled();
        Gui.screenshot(window.target(), "templates-broken-file");
        Gui.press(window.button("restoreBackup").requireVisible());

        // The backup is the library before its last save.
        awaitNames("Product hero", "Rainy street");
        Gui.awaitTrue("the banner is gone", () -> GuiActionRunner.execute(() -> !banner.isShowing()));
        window.button("new").requireEnabled();
    }
}
