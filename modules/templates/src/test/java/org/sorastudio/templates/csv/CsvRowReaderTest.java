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
package org.sorastudio.templates.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsHeaderAndRowsWithLineNumbers() throws Exception {
        List<CsvRow> rows = read("subject,mood\nfox,calm\nowl,grim\n", CsvSettings.defaults());

        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
        assertThat(rows).extracting(CsvRow::number).containsExactly(1L, 2L);
        assertThat(rows.get(1).values()).containsExactly("owl", "grim");
    }

    @Test
    void quotedNewlinesKeepTheLineWhereTheRecordStarts() throws Exception {
        String text = "subject,scene\r\nfox,\"runs\r\nthrough\r\nsnow\"\r\n\r\nowl,\"sits \"\"still\"\"\nat night\"\nbat,flies";

        List<CsvRow> rows = read(text, CsvSettings.defaults());

        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 6L, 8L);
        assertThat(rows.get(0).get(1)).isEqualTo("runs\r\nthrough\r\nsnow");
        assertThat(rows.get(1).get(1)).isEqualTo("sits \"still\"\nat night");
    }

    @Test
    void blankLinesAreSkippedButCounted() throws Exception {
        List<CsvRow> rows = read("\n\na,b\n\n1,2\n\n\n3,4\n\n", CsvSettings.defaults());

        assertThat(rows).extracting(CsvRow::line).containsExactly(5L, 8L);
    }

    @Test
    void raggedRowsAreReportedByLine() throws Exception {
        List<CsvRow> rows = read("a,b,c\n1,2,3\n1,2\n1,2,3,4\n", CsvSettings.defaults());

        assertThat(rows.get(0).shapeProblem()).isEmpty();
        assertThat(rows.get(1).shapeProblem())
                .contains("the row has 2 fields but the header has 3; a delimiter or quote is probably missing.");
        assertThat(rows.get(2).shapeProblem())
                .contains("the row has 4 fields but the header has 3; a value probably holds an unquoted delimiter.");
        assertThat(rows.get(1).get(2)).isEmpty();
    }

    @Test
    void duplicateAndBlankHeadersAreDisambiguatedAndReported() throws Exception {
        try (CsvRowReader reader = CsvRowReader.open(file("a.csv", "name,name,,name_2,name\n1,2,3,4,5\n", StandardCharsets.UTF_8),
                CsvSettings.defaults())) {
            CsvHeader header = reader.header();

            assertThat(header.original()).containsExactly("name", "name", "", "name_2", "name");
            assertThat(header.names()).containsExactly("name", "name_2", "column3", "name_2_2", "name_3");
            assertThat(header.problems()).containsExactly(
                    "Columns 1 and 2 are both called \"name\"; column 2 is called \"name_2\" here.",
                    "Column 3 has no name; it is called \"column3\" here.",
                    "Columns 2 and 4 are both called \"name_2\"; column 4 is called \"name_2_2\" here.",
                    "Columns 1 and 5 are both called \"name\"; column 5 is called \"name_3\" here.");
        }
    }

    @Test
    void withoutHeaderRowTheFirstRecordIsData() throws Exception {
        List<CsvRow> rows = read("\nfox,calm\nowl,grim\n", CsvSettings.defaults().withHeaderRow(false));

        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
        try (CsvRowReader reader = CsvRowReader.open(dir.resolve("in.csv"), CsvSettings.defaults().withHeaderRow(false))) {
            assertThat(reader.header().names()).containsExactly("column1", "column2");
        }
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
        Path file = Files.write(dir.resolve("bom.csv"), CsvDetectorTest.bytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "subject,mood\nfox,calm\n".getBytes(StandardCharsets.UTF_8)));

        try (CsvRowReader reader = CsvRowReader.open(file, CsvDetector.detect(file).settings())) {
            assertThat(reader.header().names()).containsExactly("subject", "mood");
        }
    }

    @Test
    void utf16FilesReadWithTheirDetectedEncoding() throws Exception {
        Path file = Files.write(dir.resolve("le.csv"), CsvDetectorTest.bytes(new byte[]{(byte) 0xFF, (byte) 0xFE},
                "subject;mood\nrenard;écarlate\n".getBytes(StandardCharsets.UTF_16LE)));

        try (CsvRowReader reader = CsvRowReader.open(file, CsvDetector.detect(file).settings())) {
            assertThat(reader.header().names()).containsExactly("subject", "mood");
            assertThat(reader.next().values()).containsExactly("renard", "écarlate");
        }
    }

    @Test
    void windows1252TextReadsCorrectlyOnceDetected() throws Exception {
        Path file = file("latin.csv", "subject;price\ncafé crème;5 €\n", Charset.forName("windows-1252"));

        try (CsvRowReader reader = CsvRowReader.open(file, CsvDetector.detect(file).settings())) {
            assertThat(reader.next().values()).containsExactly("café crème", "5 €");
        }
    }

    @Test
    void nonUtf8BytesReadAsUtf8AreReportedWithTheirLine() throws Exception {
        StringBuilder text = new StringBuilder("subject,mood\n");
        for (int i = 0; i < 150_000; i++) {
            text.append("fox,calm\n");
        }
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "caf\u00e9,calm\n".getBytes(Charset.forName("windows-1252"));
        Path file = Files.write(dir.resolve("late.csv"), CsvDetectorTest.bytes(head, tail));
        CsvSettings utf8 = CsvDetector.detect(file).settings();
        assertThat(utf8.encoding()).as("the bad byte lies past the detection sample").isEqualTo(CsvEncoding.UTF_8);

        try (CsvRowReader reader = CsvRowReader.open(file, utf8)) {
            assertThatThrownBy(() -> reader.forEachRemaining(row -> { }))
                    .isInstanceOf(CsvReadException.class)
                    .hasMessage("late.csv, line 150002: the record starting here is not valid UTF-8 text; "
                            + "choose another encoding (Windows-1252 reads any byte).")
                    .extracting(e -> ((CsvReadException) e).line()).isEqualTo(150_002L);
        }
    }

    @Test
    void windows1252TextForcedToUtf8IsRefusedAtItsLine() throws Exception {
        Path file = file("latin.csv", "subject\nfox\ncafé\n", Charset.forName("windows-1252"));

        try (CsvRowReader reader = CsvRowReader.open(file, CsvSettings.defaults().withEncoding(CsvEncoding.UTF_8))) {
            assertThat(reader.next().get(0)).isEqualTo("fox");
            assertThatThrownBy(reader::next).isInstanceOf(CsvReadException.class)
                    .hasMessage("latin.csv, line 3: the record starting here is not valid UTF-8 text; "
                            + "choose another encoding (Windows-1252 reads any byte).");
        }
    }

    @Test
    void unclosedQuoteIsReportedAtTheRecordStart() throws Exception {
        Path file = file("q.csv", "a,b\n1,2\n3,\"never closed\n4,5\n", StandardCharsets.UTF_8);

        try (CsvRowReader reader = CsvRowReader.open(file, CsvSettings.defaults())) {
            assertThat(reader.next().line()).isEqualTo(2);
            assertThatThrownBy(reader::next).isInstanceOf(CsvReadException.class).hasMessage(
                    "q.csv, line 3: a quoted field starts in this record and is never closed; add the missing \" "
                            + "(a quote inside a quoted field is written \"\").");
        }
    }

    @Test
    void textAfterAClosingQuoteIsReported() throws Exception {
        Path file = file("q.csv", "a,b\n1,\"x\"y\n", StandardCharsets.UTF_8);

        try (CsvRowReader reader = CsvRowReader.open(file, CsvSettings.defaults())) {
            assertThatThrownBy(reader::next).isInstanceOf(CsvReadException.class)
                    .hasMessageStartingWith("q.csv, line 2: text follows the closing quote");
        }
    }

    @Test
    void fileOfBlankLinesHasNoHeader() throws Exception {
        Path file = file("blank.csv", "\n\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvRowReader.open(file, CsvSettings.defaults())).isInstanceOf(CsvFileException.class)
                .hasMessage("blank.csv: the file holds only blank lines; a CSV batch needs a header row and at least one data row.");
    }

    @Test
    void streamClosesTheReader() throws Exception {
        Path file = file("s.csv", "a\n1\n2\n3\n", StandardCharsets.UTF_8);
        CsvRowReader reader = CsvRowReader.open(file, CsvSettings.defaults());

        try (var rows = reader.stream()) {
            assertThat(rows.map(r -> r.get(0))).containsExactly("1", "2", "3");
        }
        assertThatThrownBy(reader::next).isInstanceOf(RuntimeException.class);
    }

    private List<CsvRow> read(String text, CsvSettings settings) throws Exception {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvRowReader reader = CsvRowReader.open(file("in.csv", text, StandardCharsets.UTF_8), settings)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    private Path file(String name, String text, Charset charset) throws Exception {
        return Files.writeString(dir.resolve(name), text, charset);
    }
}
