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
package org.sorastudio.templates.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sorastudio.testing.TestPictures;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.lookup.Lookups;
import org.sorastudio.core.impl.BuiltInModelCatalog;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.Template;
import org.sorastudio.templates.impl.JsonTemplateLibrary;
import org.sorastudio.templates.ui.Gui;
import org.sorastudio.testing.gui.KeyboardWalk;

/**
 * Walks the real wizard dialog through a CSV with deliberately bad rows: the suggested mapping
 * takes the wrong column for seconds, every row is refused with its line and reason; the user goes
 * back, maps the right column, sees the first 5 shots, the 3 remaining bad rows and the cost, and
 * finishes; the queue receives exactly the valid shots.
 */
class CsvImportWizardTest {

    private static final String CSV = """
            subject,style,length,duration,model,image
            a red fox,watercolor,short,4,sora-2,
            a lighthouse,oil paint,long,8,sora-2-pro,
            a paper boat,ink,short,7,sora-2,
            a city at night,pixel art,long,12,sora-2,
            a tea cup,pastel,short,4,sora-3,
            a kite,crayon,long,8,sora-2,kite.png
            a forest,watercolor,short,4,sora-2,forest.png
            a desert,gouache,long,12,sora-2-pro,
            """;
    private static final Template PAINTED = new Template("t1", "Painted subjects", "{subject}, painted in {style}, a {length} take",
            "sora-2", "1280x720", 4, List.of("art"), "", false);
    private static final String TITLE = "Import Shots from CSV";

    @TempDir
    Path folder;
    private Path csv;
    private final RecordingQueue queue = new RecordingQueue();
    private JsonTemplateLibrary library;
    private Robot robot;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void files() throws Exception {
        csv = Files.writeString(folder.resolve("shots.csv"), CSV);
        TestPictures.halves(folder, "forest.png", 960, 720, "png");
        library = new JsonTemplateLibrary(folder.resolve("templates.json"), Clock.systemUTC());
        library.save(PAINTED);
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void close() {
        robot.cleanUp();
    }

    @Test
    void badRowsAreListedTheMappingIsFixedAndOnlyValidShotsAreQueued() throws Exception {
        CsvImportWizard wizard = GuiActionRunner.execute(() -> new CsvImportWizard(
                Lookups.fixed(new BuiltInModelCatalog(), library, queue), Optional.of(PAINTED)));
        CompletableFuture<Boolean> finished = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> finished.complete(wizard.show()));
        DialogFixture dialog = Gui.dialogTitled(robot, TITLE);

        // (a) file and template: the template chosen in the Templates window is preselected.
        Gui.awaitTrue("the template is preselected", () -> "Painted subjects".equals(
                GuiActionRunner.execute(() -> String.valueOf(dialog.comboBox("template").target().getSelectedItem()))));
        dialog.textBox("batchPrompt").requireText(PAINTED.prompt());
        dialog.textBox("csvFile").setText(csv.toString());
        Gui.screenshot(dialog.target(), "wizard-1-file-and-template");
        Gui.press(dialog, "Next >");

        // (b) encoding and delimiter as detected, with the rows as columns.
        awaitShowing(dialog, "encoding");
        dialog.comboBox("encoding").requireSelection("UTF-8");
        dialog.comboBox("delimiter").requireSelection("comma");
        Gui.awaitTrue("the preview is read", () -> rowCount(dialog, "parsedPreview") == 8);
        assertThat(dialog.textBox("rawPreview").text()).startsWith("subject,style,length,duration,model,image\na red fox");
        dialog.comboBox("delimiter").selectItem("semicolon");
        Gui.awaitTrue("the rows are read again as one column", () -> columnCount(dialog, "parsedPreview") == 2);
        dialog.comboBox("delimiter").selectItem("comma");
        Gui.awaitTrue("the rows are read again as six columns", () -> columnCount(dialog, "parsedPreview") == 7);
        Gui.screenshot(dialog.target(), "wizard-2-encoding-and-delimiter");
        KeyboardWalk.walk(dialog);
        Gui.press(dialog, "Next >");

        // (c) the suggested mapping: "length" (a word in the prompt) also looks like seconds.
        awaitShowing(dialog, "mapping");
        assertThat(mappingOf(dialog, "shot seconds")).isEqualTo("length");
        assertThat(mappingOf(dialog, "placeholder {subject}")).isEqualTo("subject");
        assertThat(mappingOf(dialog, "shot reference image")).isEqualTo("image");
        assertThat(problems(dialog))
                .anyMatch(p -> p.contains("\"duration\"") && p.contains("no placeholder and no shot parameter uses this column"));
        Gui.screenshot(dialog.target(), "wizard-3-mapping-suggested");
        Gui.press(dialog, "Next >");

        // (d) preview, then (e) validation: every row is refused because "short" is no number of seconds.
        awaitShowing(dialog, "previewShots");
        Gui.awaitTrue("5 shots are previewed", () -> rowCount(dialog, "previewShots") == 5);
        Gui.press(dialog, "Next >");
        awaitShowing(dialog, "rowProblems");
        Gui.awaitTrue("validation ends", () -> dialog.label("validationStatus").text().startsWith("8 row(s) read"),
                () -> dialog.label("validationStatus").text());
        assertThat(column(dialog, "rowProblems", 0)).contains(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(rowsWithField(dialog, "seconds")).hasSize(8);
        dialog.button(Gui.withText("Next >")).requireDisabled();
        Gui.screenshot(dialog.target(), "wizard-5-validation-wrong-mapping");

        // Back to the mapping: seconds come from "duration".
        Gui.press(dialog, "< Back");
        Gui.press(dialog, "< Back");
        awaitShowing(dialog, "mapping");
        int secondsRow = rowOf(dialog, "shot seconds");
        dialog.table("mapping").enterValue(row(secondsRow).column(1), "duration");
        Gui.awaitTrue("the mapping is checked again", () -> problems(dialog).stream().noneMatch(p -> p.contains("\"duration\"")),
                () -> problems(dialog));
        assertThat(mappingOf(dialog, "shot seconds")).isEqualTo("duration");
        Gui.screenshot(dialog.target(), "wizard-3-mapping-fixed");
        KeyboardWalk.walk(dialog);
        Gui.press(dialog, "Next >");

        // (d) the first 5 shots as they will be made.
        awaitShowing(dialog, "previewShots");
        Gui.awaitTrue("the new preview", () -> rowCount(dialog, "previewShots") == 5
                && "OK".equals(cell(dialog, "previewShots", 0, 9)));
        assertThat(cell(dialog, "previewShots", 0, 1)).isEqualTo("a red fox, painted in watercolor, a short take");
        assertThat(column(dialog, "previewShots", 0)).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(cell(dialog, "previewShots", 2, 9)).asString().contains("7");
        Gui.screenshot(dialog.target(), "wizard-4-preview");
        KeyboardWalk.walk(dialog);
        Gui.press(dialog, "Next >");

        // (e) the three bad rows that remain, each with its line and reason.
        awaitShowing(dialog, "rowProblems");
        Gui.awaitTrue("validation ends", () -> dialog.label("validationStatus").text().startsWith("8 row(s) read"),
                () -> dialog.label("validationStatus").text());
        assertThat(column(dialog, "rowProblems", 0)).containsExactly(4L, 6L, 7L);
        assertThat(cell(dialog, "rowProblems", 0, 1)).isEqualTo("seconds");
        assertThat(cell(dialog, "rowProblems", 1, 2)).asString().contains("sora-3");
        assertThat(cell(dialog, "rowProblems", 2, 2)).asString().contains("kite.png");
        Gui.screenshot(dialog.target(), "wizard-5-validation");
        KeyboardWalk.walk(dialog);
        Gui.press(dialog, "Next >");

        // (f) summary: 5 shots, 40 s of video, $8.00 at list prices; to the queue.
        awaitShowing(dialog, "summaryShots");
        dialog.label("summaryShots").requireText("5 (from 8 rows)");
        dialog.label("summarySkipped").requireText("3 shot(s) from 3 row(s)");
        dialog.label("summaryVideo").requireText("40 s (0:00:40)");
        dialog.label("summaryCost").requireText("$8.00 at list prices");
        dialog.radioButton("toQueue").requireSelected();
        Gui.screenshot(dialog.target(), "wizard-6-summary");
        KeyboardWalk.walk(dialog);
        Gui.press(dialog, "Finish");
        assertThat(finished.get(30, TimeUnit.SECONDS)).isTrue();

        assertThat(wizard.deliver().get(30, TimeUnit.SECONDS)).isEqualTo("5 shot(s) were sent to the generation queue.");
        assertThat(queue.shots()).extracting(Shot::prompt).containsExactly(
                "a red fox, painted in watercolor, a short take",
                "a lighthouse, painted in oil paint, a long take",
                "a city at night, painted in pixel art, a long take",
                "a forest, painted in watercolor, a short take",
                "a desert, painted in gouache, a long take");
        assertThat(queue.shots()).extracting(Shot::seconds).containsExactly(4, 8, 12, 4, 12);
        assertThat(queue.shots()).extracting(Shot::model).containsExactly("sora-2", "sora-2-pro", "sora-2", "sora-2", "sora-2-pro");
        assertThat(queue.shots().get(3).referenceImage()).isEqualTo(folder.resolve("forest.png").toString());
    }

    @Test
    void thePreviewShowsEachRowsReferenceFittedAndNamesADamagedImageBeforeAnythingIsQueued() throws Exception {
        TestPictures.halves(folder, "pictures/harbour.jpg", 1600, 1200, "jpeg");
        TestPictures.halves(folder, "pictures/tower.png", 600, 1200, "png");
        TestPictures.truncated(TestPictures.halves(folder, "whole.png", 800, 600, "png"), folder.resolve("pictures/broken.png"));
        Path rows = Files.writeString(folder.resolve("pictures.csv"), """
                subject,style,length,image,fit
                a harbour,watercolor,short,pictures/harbour.jpg,letterbox
                a tower,ink,long,pictures/tower.png,crop
                a lake,pastel,short,pictures/broken.png,resize
                """);
        CsvImportWizard wizard = GuiActionRunner.execute(() -> new CsvImportWizard(
                Lookups.fixed(new BuiltInModelCatalog(), library, queue), Optional.of(PAINTED)));
        SwingUtilities.invokeLater(wizard::show);
        DialogFixture dialog = Gui.dialogTitled(robot, TITLE);
        Gui.awaitTrue("the template is preselected", () -> "Painted subjects".equals(
                GuiActionRunner.execute(() -> String.valueOf(dialog.comboBox("template").target().getSelectedItem()))));
        dialog.textBox("csvFile").setText(rows.toString());
        Gui.press(dialog, "Next >");
        awaitShowing(dialog, "encoding");
        Gui.awaitTrue("the preview is read", () -> rowCount(dialog, "parsedPreview") == 3);
        Gui.press(dialog, "Next >");
        awaitShowing(dialog, "mapping");
        assertThat(mappingOf(dialog, "shot reference fit")).isEqualTo("fit");
        Gui.press(dialog, "Next >");

        awaitShowing(dialog, "previewShots");
        Gui.awaitTrue("3 shots are previewed", () -> rowCount(dialog, "previewShots") == 3);
        assertThat(cell(dialog, "previewShots", 0, 6)).isInstanceOf(javax.swing.Icon.class);
        assertThat(((javax.swing.Icon) cell(dialog, "previewShots", 0, 6)).getIconWidth()).isEqualTo(96);
        assertThat(cell(dialog, "previewShots", 0, 7)).isEqualTo("Letterbox");
        assertThat(cell(dialog, "previewShots", 1, 6)).isInstanceOf(javax.swing.Icon.class);
        assertThat(cell(dialog, "previewShots", 1, 7)).isEqualTo("Crop");
        assertThat(cell(dialog, "previewShots", 2, 6)).isNull();
        assertThat(cell(dialog, "previewShots", 2, 9)).asString().contains("broken.png is damaged or truncated");
        Gui.screenshot(dialog.target(), "wizard-4-preview-thumbnails");
        Gui.press(dialog, "Cancel");
        assertThat(queue.shots()).isEmpty();
    }

    private void awaitShowing(DialogFixture dialog, String name) {
        Gui.awaitTrue(name + " is showing", () -> GuiActionRunner.execute(() -> robot.finder()
                .findAll(dialog.target(), c -> name.equals(c.getName()) && c.isShowing()).size() == 1));
    }

    private static int rowCount(DialogFixture dialog, String table) {
        return GuiActionRunner.execute(() -> dialog.table(table).target().getRowCount());
    }

    private static int columnCount(DialogFixture dialog, String table) {
        return GuiActionRunner.execute(() -> dialog.table(table).target().getColumnCount());
    }

    private static Object cell(DialogFixture dialog, String table, int row, int column) {
        return GuiActionRunner.execute(() -> dialog.table(table).target().getValueAt(row, column));
    }

    private static List<Object> column(DialogFixture dialog, String table, int column) {
        return GuiActionRunner.execute(() -> {
            JTable target = dialog.table(table).target();
            List<Object> values = new ArrayList<>();
            for (int row = 0; row < target.getRowCount(); row++) {
                values.add(target.getValueAt(row, column));
            }
            return values;
        });
    }

    private static List<Object> rowsWithField(DialogFixture dialog, String field) {
        return column(dialog, "rowProblems", 1).stream().filter(field::equals).toList();
    }

    private static int rowOf(DialogFixture dialog, String target) {
        return column(dialog, "mapping", 0).indexOf(target);
    }

    private static Object mappingOf(DialogFixture dialog, String target) {
        return cell(dialog, "mapping", rowOf(dialog, target), 1);
    }

    private static List<String> problems(DialogFixture dialog) {
        return GuiActionRunner.execute(() -> {
            var model = dialog.list("mappingProblems").target().getModel();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < model.getSize(); i++) {
                texts.add(String.valueOf(model.getElementAt(i)));
            }
            return texts;
        });
    }
}
