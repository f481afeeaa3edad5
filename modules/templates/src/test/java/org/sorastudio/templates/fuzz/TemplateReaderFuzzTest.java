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
package org.sorastudio.templates.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.templates.impl.JsonTemplateLibrary;
import org.sorastudio.testing.FuzzBounds;

/**
 * The template reader (the library file, and any file imported) on any input: templates, or a {@link DataFileException};
 * never another exception, a hang or memory beyond {@link FuzzBounds}. Fixed seeds and 400 tries in the suite; ./studio fuzz
 * runs longer.
 */
class TemplateReaderFuzzTest {

    private static final Path FOLDER = folder("template-fuzz");

    @Property(seed = "18")
    void anyBytesGiveTemplatesOrTheirOwnError(@ForAll("bytes") byte[] content) throws IOException {
        read(content);
    }

    @Property(seed = "1818")
    void anyJsonShapedTextGivesTemplatesOrTheirOwnError(@ForAll("templatesJson") String text) throws IOException {
        read(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Inputs that once failed: kept as regression tests. */
    @Example
    void filesThatOnceFailed() throws IOException {
        for (String text : List.of("{\"version\":1e99999,\"templates\":[]}",
                "{\"templates\":[{\"id\":\"a\",\"tags\":[null]}]}",
                "{\"templates\":[{\"id\":\"a\",\"seconds\":\"ten\"}]}",
                "{\"templates\":[{\"id\":\"a\",\"name\":[1]}]}",
                "{\"templates\":[{\"id\":{}}]}")) {
            read(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void read(byte[] content) throws IOException {
        Path file = Files.write(FOLDER.resolve("templates.json"), content);
        FuzzBounds.within(content.length, () -> {
            try {
                new JsonTemplateLibrary(file, Clock.systemUTC()).list();
            } catch (DataFileException expected) {
                // the reader's own error: fine
            }
        });
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<String> templatesJson() {
        Arbitrary<String> scalar = Arbitraries.of("null", "true", "1", "-1", "0", "1.5", "1e99", "1e99999", "\"\"", "\"ten\"", "\"a\"",
                "\"sora-2\"", "{}", "[]", "[null]", "[\"x\",1]", "{\"a\":null}");
        Arbitrary<String> key = Arbitraries.of("id", "name", "prompt", "model", "size", "seconds", "tags", "notes", "pinned", "x");
        Arbitrary<String> template = Arbitraries.maps(key, scalar).ofMaxSize(8).map(TemplateReaderFuzzTest::object);
        Arbitrary<String> templates = template.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> rootKey = Arbitraries.of("format", "version", "templates", "x");
        Arbitrary<String> value = Arbitraries.oneOf(scalar, templates, templates, templates);
        return Arbitraries.maps(rootKey, value).ofMaxSize(4).map(TemplateReaderFuzzTest::object)
                .flatMap(json -> Arbitraries.oneOf(Arbitraries.just(json), // whole half the time, else cut anywhere
                        Arbitraries.integers().between(0, json.length()).map(cut -> json.substring(0, cut))));
    }

    static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString();
    }

    static Path folder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        delete(FOLDER);
    }
}
