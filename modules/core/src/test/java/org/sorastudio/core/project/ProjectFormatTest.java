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
package org.sorastudio.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.model.Shot;

class ProjectFormatTest {

    @TempDir
    Path folder;

    private final ProjectFormat format = new ProjectFormat(List.of());

    private static final Project SAMPLE = sample();

    private static Project sample() {
        Shot first = Shot.create("A lighthouse at dawn, waves crashing").withModel("sora-2-pro").withSize("1792x1024").withSeconds(8);
        Shot second = Shot.create("Héllo \"quotes\" {braces} ✓").withReferenceImage("/tmp/ref.png")
                .withOverrides(Map.of("outputName", "{slug}-take2"));
        return new Project("Coastline", List.of(first, second), "clips", Map.of("queue", "{\"jobs\":[1,2]}"));
    }

    @Test
    void roundTripsEveryField() throws Exception {
        Path file = folder.resolve("coast.sorastudio");
        format.write(SAMPLE, file);
        assertThat(format.read(file)).isEqualTo(SAMPLE);
        assertThat(Files.readString(file)).contains("\"schemaVersion\": 1");
    }

    @Test
    void keepsUnknownFieldsAcrossLoadAndSave() throws Exception {
        Path file = folder.resolve("future-fields.sorastudio");
        Files.writeString(file, "{\"schemaVersion\":1,\"name\":\"X\",\"shots\":[{\"id\":\"s1\",\"prompt\":\"p\","
                + "\"model\":\"veo-3\",\"size\":\"1920x1080\",\"seconds\":6,\"colour\":\"red\"}],"
                + "\"storyboard\":{\"clips\":[\"a.mp4\"]}}");
        Project loaded = format.read(file);
        assertThat(loaded.shots()).singleElement().satisfies(shot -> {
            assertThat(shot.model()).isEqualTo("veo-3");
            assertThat(shot.seconds()).isEqualTo(6);
        });
        assertThat(loaded.sections()).containsEntry("storyboard", "{\"clips\":[\"a.mp4\"]}");

        format.write(loaded, file);
        assertThat(format.read(file).sections()).containsEntry("storyboard", "{\"clips\":[\"a.mp4\"]}");
    }

    @Test
    void reportsATruncatedFileWithItsPathAndOffersTheBackup() throws Exception {
        Path file = folder.resolve("cut.sorastudio");
        format.write(sample(), file);
        format.write(sample().withName("Second save"), file);
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() / 2));

        assertThatThrownBy(() -> format.read(file)).isInstanceOfSatisfying(DataFileException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.problem()).contains("ends too early");
            assertThat(e.backup()).isPresent();
        });
        Path backup = ((DataFileException) catchRead(file)).backup().orElseThrow();
        assertThat(format.read(backup).name()).isEqualTo("Coastline");
    }

    @Test
    void reportsGarbageEmptyAndBinaryFiles() throws IOException {
        Path garbage = folder.resolve("garbage.sorastudio");
        Files.writeString(garbage, "this is { not json");
        assertThat(catchRead(garbage)).hasMessageContaining(garbage.toString()).hasMessageContaining("not valid JSON");

        Path empty = folder.resolve("empty.sorastudio");
        Files.writeString(empty, "   ");
        assertThat(catchRead(empty)).hasMessageContaining("empty");

        Path binary = folder.resolve("video.sorastudio");
        Files.write(binary, new byte[]{0, (byte) 0xff, (byte) 0xfe, 0x13, (byte) 0xc3});
        assertThat(catchRead(binary)).hasMessageContaining("not UTF-8");

        Path array = folder.resolve("array.sorastudio");
        Files.writeString(array, "[1,2]");
        assertThat(catchRead(array)).hasMessageContaining("not a JSON object");
    }

    @Test
    void refusesAFileFromANewerVersionInsteadOfDroppingItsData() throws IOException {
        Path file = folder.resolve("newer.sorastudio");
        Files.writeString(file, "{\"schemaVersion\": 7, \"name\": \"From the future\"}");
        assertThat(catchRead(file)).hasMessageContaining("newer Sora Studio").hasMessageContaining("schema 7");
    }

    @Test
    void refusesJsonThatIsNotAProject() throws IOException {
        Path file = folder.resolve("package.sorastudio");
        Files.writeString(file, "{\"name\": \"left-pad\", \"version\": \"1.0.0\"}");
        assertThat(catchRead(file)).hasMessageContaining("not a Sora Studio project");
    }

    @Test
    void namesTheMalformedShot() throws IOException {
        Path file = folder.resolve("bad-shot.sorastudio");
        Files.writeString(file, "{\"schemaVersion\":1,\"shots\":[{\"prompt\":\"ok\"},{\"prompt\":\"x\",\"seconds\":\"eight\"}]}");
        assertThat(catchRead(file)).hasMessageContaining("shot 2");
    }

    @Test
    void migratesOlderSchemasThroughRegisteredMigrations() throws Exception {
        ProjectMigration renameTitle = new ProjectMigration() {
            @Override
            public int fromVersion() {
                return 0;
            }

            @Override
            public JsonObject migrate(JsonObject project) {
                project.add("name", project.remove("title"));
                project.addProperty("schemaVersion", 1);
                return project;
            }
        };
        Path file = folder.resolve("old.sorastudio");
        Files.writeString(file, "{\"schemaVersion\": 0, \"title\": \"Old\"}");
        assertThat(new ProjectFormat(List.of(renameTitle)).read(file).name()).isEqualTo("Old");
    }

    private Exception catchRead(Path file) {
        try {
            format.read(file);
        } catch (DataFileException e) {
            return e;
        }
        throw new AssertionError("expected " + file + " to be refused");
    }

    @Test
    void nullAndWronglyTypedFieldsAreRefusedNamingTheShotAndTheField() throws Exception {
        assertThat(problemOf("{\"schemaVersion\":1,\"shots\":[{\"prompt\":\"a\"},{\"id\":null,\"prompt\":\"b\"}]}"))
                .endsWith("shot 2: \"id\" must be a text that names the shot, not null");
        assertThat(problemOf("{\"schemaVersion\":1,\"shots\":[{\"id\":\"a\",\"overrides\":{\"outputName\":null}}]}"))
                .endsWith("shot 1: override \"outputName\" has no value");
        assertThat(problemOf("{\"schemaVersion\":1,\"shots\":[{\"id\":\"a\",\"seconds\":\"ten\"}]}"))
                .endsWith("shot 1: \"seconds\" must be a whole number, not \"ten\"").doesNotContain("NumberFormatException");
        assertThat(problemOf("{\"schemaVersion\":1,\"name\":{\"a\":1}}"))
                .endsWith("the project: \"name\" must be a text, not an object").doesNotContain("JsonObject");
        assertThat(problemOf("{\"schemaVersion\":1,\"shots\":[{\"id\":\"a\",\"prompt\":[1]}]}"))
                .endsWith("shot 1: \"prompt\" must be a text, not a list");
    }

    @Test
    void aBrokenFileSaysWhereWithoutTheParsersInternals() throws Exception {
        String problem = problemOf("{\"schemaVersion\":1,\n  \"name\": nope}");
        assertThat(problem).contains("not valid JSON (at line 2, column").doesNotContain("Exception", "setStrictness", "http");
    }

    private String problemOf(String text) throws IOException {
        Path file = folder.resolve("odd.sorastudio");
        Files.writeString(file, text);
        try {
            format.read(file);
        } catch (DataFileException e) {
            return e.getMessage();
        }
        throw new AssertionError("read " + text);
    }
}
