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

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Detects a CSV file's encoding and delimiter from its first megabyte. */
public final class CsvDetector {

    static final int SAMPLE_BYTES = 1 << 20;

    private CsvDetector() {
    }

    /** Detects with the default size limit. */
    public static CsvDetection detect(Path file) throws CsvFileException {
        return detect(file, CsvSettings.DEFAULT_MAX_BYTES);
    }

    /** Refuses a file of {@code maxBytes} or more before reading it, otherwise detects. */
    public static CsvDetection detect(Path file, long maxBytes) throws CsvFileException {
        long size = CsvFiles.checkUsable(file, maxBytes);
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw new CsvFileException(file, "the file cannot be read: " + e.getMessage(), e);
        }
        EncodingSniffer.Result encoding = EncodingSniffer.sniff(sample, sample.length == size);
        if (!isUtf16(encoding.encoding()) && indexOfZero(sample) >= 0) {
            throw new CsvFileException(file,
                    String.format("this is not a text file (byte %d is zero); choose a CSV file.", indexOfZero(sample)), null);
        }
        int skip = encoding.byteOrderMark() ? encoding.encoding().byteOrderMark().length : 0;
        String text = decodeLeniently(Arrays.copyOfRange(sample, skip, sample.length), encoding.encoding());
        if (text.isBlank()) {
            throw new CsvFileException(file, "the file holds no text" + (skip > 0 ? " after its byte order mark" : "")
                    + "; a CSV batch needs a header row and at least one data row.", null);
        }
        DelimiterSniffer.Result delimiter = DelimiterSniffer.sniff(text);
        return new CsvDetection(file, size, encoding.encoding(), encoding.byteOrderMark(), encoding.reason(),
                delimiter.delimiter(), delimiter.reason(), maxBytes);
    }

    private static boolean isUtf16(CsvEncoding encoding) {
        return encoding == CsvEncoding.UTF_16LE || encoding == CsvEncoding.UTF_16BE;
    }

    private static int indexOfZero(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String decodeLeniently(byte[] bytes, CsvEncoding encoding) {
        try {
            return encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }
}
