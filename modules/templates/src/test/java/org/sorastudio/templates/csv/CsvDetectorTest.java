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

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDetectorTest {

    @TempDir
    Path dir;

    @Test
    void plainUtf8WithComma() throws Exception {
        CsvDetection detection = CsvDetector.detect(write("a.csv", "subject,mood\nfox,calm\nowl,grim\n", StandardCharsets.UTF_8));

        assertThat(detection.encoding()).isEqualTo(CsvEncoding.UTF_8);
        assertThat(detection.byteOrderMark()).isFalse();
        assertThat(detection.delimiter()).isEqualTo(CsvDelimiter.COMMA);
        assertThat(detection.delimiterReason()).isEqualTo("Comma: 2 columns in the first line, the same in 3 of 3 records read.");
        assertThat(detection.encodingReason()).isEqualTo("UTF-8: the file is plain ASCII.");
        assertThat(detection.settings()).isEqualTo(CsvSettings.defaults());
    }

    @Test
    void utf8WithByteOrderMark() throws Exception {
        Path file = writeBytes("bom.csv",
                bytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "subject\nfüchse\n".getBytes(StandardCharsets.UTF_8)));

        CsvDetection detection = CsvDetector.detect(file);

        assertThat(detection.encoding()).isEqualTo(CsvEncoding.UTF_8);
        assertThat(detection.byteOrderMark()).isTrue();
        assertThat(detection.encodingReason()).isEqualTo("UTF-8: the file starts with its byte order mark.");
    }

    @Test
    void utf16LittleEndianWithByteOrderMark() throws Exception {
        Path file = writeBytes("le.csv",
                bytes(new byte[]{(byte) 0xFF, (byte) 0xFE}, "subject;mood\nfox;calm\n".getBytes(StandardCharsets.UTF_16LE)));

        CsvDetection detection = CsvDetector.detect(file);

        assertThat(detection.encoding()).isEqualTo(CsvEncoding.UTF_16LE);
        assertThat(detection.byteOrderMark()).isTrue();
        assertThat(detection.delimiter()).isEqualTo(CsvDelimiter.SEMICOLON);
    }

    @Test
    void utf16BigEndianWithByteOrderMark() throws Exception {
        Path file = writeBytes("be.csv",
                bytes(new byte[]{(byte) 0xFE, (byte) 0xFF}, "subject\tmood\nfox\tcalm\n".getBytes(StandardCharsets.UTF_16BE)));

        CsvDetection detection = CsvDetector.detect(file);

        assertThat(detection.encoding()).isEqualTo(CsvEncoding.UTF_16BE);
        assertThat(detection.delimiter()).isEqualTo(CsvDelimiter.TAB);
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsZeroBytes() throws Exception {
        CsvDetection detection = CsvDetector.detect(writeBytes("le.csv", "subject,mood\nfox,calm\n".getBytes(StandardCharsets.UTF_16LE)));

        assertThat(detection.encoding()).isEqualTo(CsvEncoding.UTF_16LE);
        assertThat(detection.byteOrderMark()).isFalse();
    }

    @Test
    void textThatIsNotUtf8FallsBackToWindows1252() throws Exception {
        Path file = write("latin.csv", "subject;mood\ncafé;gelassen\n", Charset.forName("windows-1252"));

        CsvDetection detection = CsvDetector.detect(file);

        assertThat(detection.encoding()).isEqualTo(CsvEncoding.WINDOWS_1252);
        assertThat(detection.encodingReason()).isEqualTo("Windows-1252: the file is not valid UTF-8 (byte 0xE9 at offset 16).");
        assertThat(detection.delimiter()).isEqualTo(CsvDelimiter.SEMICOLON);
    }

    @Test
    void semicolonWinsWhenCommasAreInsideValues() throws Exception {
        Path file = write("semi.csv", "subject;note\nfox;red, quick\nowl;wise, old, grey\n", StandardCharsets.UTF_8);

        assertThat(CsvDetector.detect(file).delimiter()).isEqualTo(CsvDelimiter.SEMICOLON);
    }

    @Test
    void delimitersInsideQuotesDoNotCount() throws Exception {
        Path file = write("quoted.csv", "a,b\n\"x;y;z\",1\n\"p;q\",2\n", StandardCharsets.UTF_8);

        assertThat(CsvDetector.detect(file).delimiter()).isEqualTo(CsvDelimiter.COMMA);
    }

    @Test
    void tabIsDetected() throws Exception {
        Path file = write("tab.tsv", "a\tb\tc\n1\t2\t3\n", StandardCharsets.UTF_8);

        assertThat(CsvDetector.detect(file).delimiter()).isEqualTo(CsvDelimiter.TAB);
    }

    @Test
    void singleColumnFileDefaultsToComma() throws Exception {
        CsvDetection detection = CsvDetector.detect(write("one.csv", "subject\nfox\n", StandardCharsets.UTF_8));

        assertThat(detection.delimiter()).isEqualTo(CsvDelimiter.COMMA);
        assertThat(detection.delimiterReason()).contains("one column");
    }

    @Test
    void emptyFileIsRefusedClearly() throws Exception {
        Path file = writeBytes("empty.csv", new byte[0]);

        assertThatThrownBy(() -> CsvDetector.detect(file))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("empty.csv: the file is empty; a CSV batch needs a header row and at least one data row.");
    }

    @Test
    void fileWithOnlyAByteOrderMarkIsRefused() throws Exception {
        Path file = writeBytes("bom-only.csv", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});

        assertThatThrownBy(() -> CsvDetector.detect(file)).hasMessage(
                "bom-only.csv: the file holds no text after its byte order mark; "
                        + "a CSV batch needs a header row and at least one data row.");
    }

    @Test
    void oneGigabyteFileIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(1L << 30);
        }

        assertThatThrownBy(() -> CsvDetector.detect(file))
                .isInstanceOf(CsvFileException.class)
                .hasMessage("huge.csv: the file is 1.0 GB; CSV files must be smaller than 1.0 GB. Split it into smaller files.");
        assertThatThrownBy(() -> CsvRowReader.open(file, CsvSettings.defaults())).isInstanceOf(CsvFileException.class)
                .hasMessageContaining("must be smaller than 1.0 GB");
    }

    @Test
    void sizeLimitIsConfigurable() throws Exception {
        Path file = write("small.csv", "a,b\n1,2\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvDetector.detect(file, 8)).hasMessage(
                "small.csv: the file is 8 bytes; CSV files must be smaller than 8 bytes. Split it into smaller files.");
        assertThat(CsvDetector.detect(file, 9).maxBytes()).isEqualTo(9);
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        Path file = writeBytes("picture.png",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

        assertThatThrownBy(() -> CsvDetector.detect(file))
                .hasMessage("picture.png: this is not a text file (byte 8 is zero); choose a CSV file.");
    }

    @Test
    void missingFileAndFolderAreNamed() {
        assertThatThrownBy(() -> CsvDetector.detect(dir.resolve("nope.csv"))).hasMessage("nope.csv: the file does not exist.");
        assertThatThrownBy(() -> CsvDetector.detect(dir)).hasMessageEndingWith(": this is a folder, not a CSV file.");
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        return Files.writeString(dir.resolve(name), text, charset);
    }

    private Path writeBytes(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    static byte[] bytes(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
