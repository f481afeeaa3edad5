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
package org.sorastudio.core.fuzz;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.project.ProjectFormat;
import org.sorastudio.core.project.ProjectMigration;
import org.sorastudio.testing.FuzzBounds;

/**
 * The project loader and its migrations on any input: a project, or a {@link DataFileException}; never another
 * exception, a hang or memory beyond {@link FuzzBounds}. The seed and count are fixed for the normal suite;
 * {@code -Djqwik.tries.default=N} (./studio fuzz) runs longer.
 */
class ProjectLoaderFuzzTest {

    private static final Path FOLDER = folder();
    /** A migration from schema 0 that only renames a field, so that old files go through the migration path too. */
    private static final ProjectMigration FROM_ZERO = new ProjectMigration() {
        @Override
        public int fromVersion() {
            return 0;
        }

        @Override
        public JsonObject migrate(JsonObject project) {
            if (project.has("title")) {
                project.add("name", project.remove("title"));
            }
            return project;
        }
    };
    private final ProjectFormat format = new ProjectFormat(List.of(FROM_ZERO));

    @Property(seed = "18")
    void anyBytesGiveAProjectOrItsOwnError(@ForAll("projectLike") byte[] content) throws IOException {
        load(content);
    }

    @Property(seed = "1818")
    void anyJsonShapedTextGivesAProjectOrItsOwnError(@ForAll("jsonText") String text) throws IOException {
        load(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Inputs that once failed: kept as regression tests. */
    @Example
    void seedsThatOnceFailed() throws IOException {
        for (String text : List.of("{\"schemaVersion\":1,\"shots\":[{\"id\":null}]}",
                "{\"schemaVersion\":1,\"shots\":[{\"id\":\"a\",\"overrides\":{\"x\":null}}]}",
                "{\"schemaVersion\":1,\"shots\":[{\"id\":\"a\",\"seconds\":\"ten\"}]}",
                "{\"schemaVersion\":1,\"name\":{}}", "{\"schemaVersion\":1e99}", "{\"schemaVersion\":-1}",
                "{\"schemaVersion\":0,\"title\":[1]}", "{\"schemaVersion\":1e99999}")) {
            load(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void load(byte[] content) throws IOException {
        Path file = Files.write(FOLDER.resolve("fuzz.sorastudio"), content);
        FuzzBounds.within(content.length, () -> {
            try {
                format.read(file);
            } catch (DataFileException expected) {
                // the loader's own error: fine
            }
        });
    }

    @Provide
    Arbitrary<byte[]> projectLike() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<String> jsonText() {
        Arbitrary<String> scalar = Arbitraries.of("null", "true", "1", "-1", "0", "1.5", "1e99", "1e99999", "\"\"", "\"ten\"", "\"sora-2\"",
                "{}", "[]", "[1,{}]", "{\"a\":null}");
        Arbitrary<String> key = Arbitraries.of("schemaVersion", "name", "title", "shots", "outputDirectory", "id", "prompt", "model",
                "size", "seconds", "referenceImage", "overrides", "x");
        Arbitrary<String> shot = Arbitraries.maps(key, scalar).ofMaxSize(6).map(ProjectLoaderFuzzTest::object);
        Arbitrary<String> value = Arbitraries.oneOf(scalar, shot, shot.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"));
        return Arbitraries.maps(key, value).ofMaxSize(6).map(ProjectLoaderFuzzTest::object)
                .flatMap(json -> Arbitraries.oneOf(Arbitraries.just(json), // whole half the time, else cut anywhere
                        Arbitraries.integers().between(0, json.length()).map(cut -> json.substring(0, cut))));
    }

    private static String object(java.util.Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString();
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("project-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(FOLDER);
    }
}
