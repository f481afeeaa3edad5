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
package org.sorastudio.templates.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.Template;
import org.sorastudio.templates.api.ImportResult;
import org.sorastudio.templates.api.TemplateLibrary;
import org.sorastudio.templates.api.Templates;

class JsonTemplateLibraryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private JsonTemplateLibrary library() {
        return new JsonTemplateLibrary(dir.resolve("templates.json"), CLOCK);
    }

    private static Template template(String id, String name, String prompt, boolean pinned, String... tags) {
        return new Template(id, name, prompt, "sora-2", "1280x720", 8, List.of(tags), "notes " + id, pinned);
    }

    @Test
    void savedTemplatesSurviveARestartPinnedFirst() throws Exception {
        JsonTemplateLibrary library = library();
        library.save(template("1", "zebra crossing", "a {animal} crosses", false, "street"));
        library.save(template("2", "Alpine dawn", "peaks at dawn", false, "landscape"));
        library.save(template("3", "moody noir", "rain on {city}", true, "noir"));

        List<Template> reread = library().list();

        assertThat(reread).extracting(Template::id).containsExactly("3", "2", "1");
        assertThat(reread.get(0)).isEqualTo(template("3", "moody noir", "rain on {city}", true, "noir"));
    }

    @Test
    void editReplacesByIdAndDeleteRemoves() throws Exception {
        JsonTemplateLibrary library = library();
        library.save(template("1", "one", "first", false));
        library.save(template("1", "one", "edited", false));

        assertThat(library().list()).extracting(Template::prompt).containsExactly("edited");
        assertThat(library.delete("1")).isTrue();
        assertThat(library.delete("1")).isFalse();
        assertThat(library().list()).isEmpty();
    }

    @Test
    void duplicateGetsANewIdAndIsNotPinned() throws Exception {
        JsonTemplateLibrary library = library();
        library.save(template("1", "hero", "a hero", true, "x"));

        Template copy = library.duplicate("1");

        assertThat(copy.id()).isNotEqualTo("1");
        assertThat(copy.name()).isEqualTo("hero (copy)");
        assertThat(copy.pinned()).isFalse();
        assertThat(copy.tags()).containsExactly("x");
        assertThat(library().list()).hasSize(2);
    }

    @Test
    void pinningMovesATemplateFirst() throws Exception {
        JsonTemplateLibrary library = library();
        library.save(template("1", "a", "x", false));
        library.save(template("2", "b", "y", false));

        library.setPinned("2", true);

        assertThat(library.list()).extracting(Template::id).containsExactly("2", "1");
    }

    @Test
    void blankNameOrIdIsRefused() {
        assertThatThrownBy(() -> library().save(template("1", " ", "x", false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A template needs a name.");
        assertThatThrownBy(() -> library().save(template("", "named", "x", false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("A template needs an id");
        assertThat(Templates.newTemplate("named", "x").id()).isNotBlank();
    }

    @Test
    void searchMatchesNamePromptAndTagsAsYouType() throws Exception {
        JsonTemplateLibrary library = library();
        library.save(template("1", "Harbour at dawn", "boats in {weather}", false, "landscape", "sea"));
        library.save(template("2", "Noir alley", "a detective in the rain", true, "noir"));
        library.save(template("3", "Portrait", "a face lit by the harbour lights", false, "portrait"));

        assertThat(library.search("harb")).extracting(Template::id).containsExactly("1", "3");
        assertThat(library.search("RAIN")).extracting(Template::id).containsExactly("2");
        assertThat(library.search("lands")).extracting(Template::id).containsExactly("1");
        assertThat(library.search("#por")).extracting(Template::id).containsExactly("3");
        assertThat(library.search("tag:sea harbour")).extracting(Template::id).containsExactly("1");
        assertThat(library.search("\"in the rain\"")).extracting(Template::id).containsExactly("2");
        assertThat(library.search("")).extracting(Template::id).containsExactly("2", "1", "3");
        assertThat(library.search("harbour noir")).isEmpty();
        assertThat(library.tags()).containsExactly("landscape", "noir", "portrait", "sea");
    }

    @Test
    void exportThenImportSkipsWhatIsAlreadyThere() throws Exception {
        JsonTemplateLibrary source = library();
        source.save(template("1", "one", "first", false));
        source.save(template("2", "two", "second", true));
        Path exported = dir.resolve("out/shared.json");
        source.exportTo(exported, source.list());

        JsonTemplateLibrary other = new JsonTemplateLibrary(dir.resolve("other/templates.json"), CLOCK);
        other.save(template("2", "two", "second", false));
        other.save(template("1", "mine", "different", false));
        ImportResult result = other.importFrom(exported);

        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.added()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("one");
            assertThat(t.id()).as("id 1 is taken by a different template").isNotEqualTo("1");
        });
        assertThat(other.list()).hasSize(3);
        assertThat(Files.readString(exported)).contains("\"format\": \"sorastudio-templates\"", "\"version\": 1");
    }

    @Test
    void importOfABrokenFileNamesTheFileAndTheEntry() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"templates\": [{\"name\": \"no id\"}]}");

        assertThatThrownBy(() -> library().importFrom(file)).isInstanceOf(DataFileException.class)
                .hasMessage(file + ": template 1 has no id.");
    }

    @Test
    void aFieldOfTheWrongKindIsNamedWithoutJavaInternals() throws Exception {
        Path wrongName = Files.writeString(dir.resolve("name.json"), "{\"templates\": [{\"id\": \"t\", \"name\": [1]}]}");
        Path nullTag = Files.writeString(dir.resolve("tags.json"), "{\"templates\": [{\"id\": \"t\", \"tags\": [null]}]}");
        Path future = Files.writeString(dir.resolve("future.json"), "{\"version\": 1e99999, \"templates\": []}");

        assertThatThrownBy(() -> library().importFrom(wrongName)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("template 1 (t) is not valid: \"name\" has the wrong kind of value (name, prompt");
        assertThatThrownBy(() -> library().importFrom(nullTag)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("template 1 (t) is not valid: a field has the wrong kind of value")
                .message().doesNotContain("Exception", "constructor", "java.");
        assertThatThrownBy(() -> library().importFrom(future)).isInstanceOf(DataFileException.class)
                .hasMessageContaining("written by a newer Sora Studio (format version 1e99999)");
    }

    @Test
    void brokenFileIsReportedAndNeverOverwritten() throws Exception {
        Path file = Files.writeString(dir.resolve("templates.json"),
                "{\"format\": \"sorastudio-templates\", \"templates\": [", StandardCharsets.UTF_8);
        JsonTemplateLibrary library = library();

        assertThatThrownBy(library::list).isInstanceOf(DataFileException.class)
                .hasMessage(file.toAbsolutePath() + ": the file ends too early (it was probably cut off while being written)");
        assertThatThrownBy(() -> library.save(template("1", "new", "x", false))).isInstanceOf(DataFileException.class);
        assertThat(Files.readString(file)).isEqualTo("{\"format\": \"sorastudio-templates\", \"templates\": [");
    }

    @Test
    void fileFromANewerVersionIsRefusedClearly() throws Exception {
        Files.writeString(dir.resolve("templates.json"), "{\"version\": 7, \"templates\": []}");

        assertThatThrownBy(library()::list).hasMessageEndingWith(
                "the file was written by a newer Sora Studio (format version 7); this one reads version 1.");
    }

    @Test
    void brokenFileCanBeSetAsideWithoutLosingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("templates.json"), "not json");
        JsonTemplateLibrary library = library();

        Path moved = library.setAsideBrokenFile();

        assertThat(moved.getFileName()).hasToString("templates.json.broken-20261125-200000");
        assertThat(Files.readString(moved)).isEqualTo("not json");
        assertThat(library.list()).isEmpty();
        library.save(template("1", "fresh", "x", false));
        assertThat(library().list()).hasSize(1);
        assertThat(file).exists();
    }

    @Test
    void brokenFileCanBeReplacedByItsBackup() throws Exception {
        JsonTemplateLibrary library = library();
        library.save(template("1", "kept", "x", false));
        library.save(template("2", "lost in the crash", "y", false));
        Files.writeString(dir.resolve("templates.json"), "{\"templates\": [");
        JsonTemplateLibrary afterCrash = library();
        assertThatThrownBy(afterCrash::list).isInstanceOf(DataFileException.class);

        afterCrash.restoreBackup();

        assertThat(afterCrash.list()).extracting(Template::id).containsExactly("1");
        assertThat(library().list()).extracting(Template::id).containsExactly("1");
        assertThat(dir.resolve("templates.json.broken-20261125-200000")).hasContent("{\"templates\": [");
    }

    @Test
    void restoreWithoutBackupSaysSo() throws Exception {
        Files.writeString(dir.resolve("templates.json"), "{");

        assertThatThrownBy(library()::restoreBackup).hasMessageEndingWith("there is no backup (templates.json.bak) to restore.");
    }

    @Test
    void listenersHearEveryChange() throws Exception {
        JsonTemplateLibrary library = library();
        List<String> heard = new ArrayList<>();
        Runnable listener = () -> heard.add("changed");
        library.addListener(listener);

        library.save(template("1", "a", "x", false));
        library.duplicate("1");
        library.removeListener(listener);
        library.delete("1");

        assertThat(heard).hasSize(2);
    }

    @Test
    void templateAppliesToAShot() {
        Template template = template("1", "t", "a {x}", false);

        Shot shot = Templates.applyTo(template, Shot.create("old").withSeconds(4));

        assertThat(shot.prompt()).isEqualTo("a {x}");
        assertThat(shot.seconds()).isEqualTo(8);
        assertThat(Templates.fromShot("saved", shot).prompt()).isEqualTo("a {x}");
    }

    @Test
    void libraryAndHistoryAreRegisteredInLookup() {
        assertThat(Lookup.getDefault().lookup(TemplateLibrary.class)).isInstanceOf(JsonTemplateLibrary.class);
        assertThat(Lookup.getDefault().lookup(org.sorastudio.templates.api.PromptHistory.class)).isInstanceOf(JsonPromptHistory.class);
    }
}
