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
import org.sorastudio.templates.csv.CsvDelimiter;
import org.sorastudio.templates.csv.CsvDetector;
import org.sorastudio.templates.csv.CsvEncoding;
import org.sorastudio.templates.csv.CsvFileException;
import org.sorastudio.templates.csv.CsvReadException;
import org.sorastudio.templates.csv.CsvRowReader;
import org.sorastudio.templates.csv.CsvSettings;
import org.sorastudio.testing.FuzzBounds;

/**
 * The CSV reader on any file: detection gives an encoding and delimiter or a {@link CsvFileException}; reading, with the
 * detected settings and with any other, gives a header and rows, a {@link CsvFileException} when the file cannot be used,
 * or a {@link CsvReadException} at the row where reading stops; never another exception, a hang or memory beyond
 * {@link FuzzBounds}. Fixed seeds and 400 tries in the suite; ./studio fuzz runs longer.
 */
class CsvReaderFuzzTest {

    private static final Path FOLDER = TemplateReaderFuzzTest.folder("csv-fuzz");

    @Property(seed = "18")
    void anyBytesGiveRowsOrTheReadersOwnError(@ForAll("bytes") byte[] content, @ForAll CsvEncoding encoding,
            @ForAll CsvDelimiter delimiter, @ForAll boolean header) throws IOException {
        read(content, CsvSettings.defaults().withEncoding(encoding).withDelimiter(delimiter).withHeaderRow(header));
    }

    @Property(seed = "1818")
    void anyCsvShapedTextGivesRowsOrTheReadersOwnError(@ForAll("csvText") String text, @ForAll CsvEncoding encoding,
            @ForAll boolean header) throws IOException {
        read(text.getBytes(encoding.charset()), CsvSettings.defaults().withEncoding(encoding).withHeaderRow(header));
    }

    /** Inputs that once failed: kept as regression tests. */
    @Example
    void filesThatOnceFailed() throws IOException {
        for (String text : List.of("\"", "a\n\"b", "a,b\n\"x\"y,z", "\uFEFF", "\r\r\r", "a\u0000b\nc,d")) {
            read(text.getBytes(StandardCharsets.UTF_8), CsvSettings.defaults());
        }
    }

    private static void read(byte[] content, CsvSettings other) throws IOException {
        Path file = Files.write(FOLDER.resolve("rows.csv"), content);
        FuzzBounds.within(content.length, () -> {
            try {
                readAll(file, CsvDetector.detect(file).settings());
            } catch (CsvFileException expected) {
                // the reader's own error: fine
            }
            readAll(file, other);
        });
    }

    private static void readAll(Path file, CsvSettings settings) {
        try (CsvRowReader reader = CsvRowReader.open(file, settings)) {
            reader.header();
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (CsvFileException | CsvReadException expected) {
            // the reader's own errors: fine
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<String> csvText() {
        Arbitrary<String> piece = Arbitraries.of("a", "prompt", "{x}", "\"", "\"\"", "\"q\"", ",", ";", "\t", "\n", "\r\n", "\r", " ",
                "\uFEFF", "é", "\u0000", "\uD83C\uDFAC");
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        TemplateReaderFuzzTest.delete(FOLDER);
    }
}
