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

import java.util.Objects;

/**
 * How to read a CSV file: what detection found, possibly changed by the user.
 *
 * @param encoding  text encoding; a matching byte order mark is skipped
 * @param delimiter field separator
 * @param headerRow whether the first record names the columns; without one they are called
 *                  {@code column1}, {@code column2}, ...
 * @param maxBytes  files of this size or larger are refused before anything is read
 */
public record CsvSettings(CsvEncoding encoding, CsvDelimiter delimiter, boolean headerRow, long maxBytes) {

    /** 1 GB: far more than any prompt sheet, small enough to stream in seconds. */
    public static final long DEFAULT_MAX_BYTES = 1L << 30;

    public CsvSettings {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(delimiter, "delimiter");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** UTF-8, comma, with a header row and the default size limit. */
    public static CsvSettings defaults() {
        return new CsvSettings(CsvEncoding.UTF_8, CsvDelimiter.COMMA, true, DEFAULT_MAX_BYTES);
    }

    public CsvSettings withEncoding(CsvEncoding value) {
        return new CsvSettings(value, delimiter, headerRow, maxBytes);
    }

    public CsvSettings withDelimiter(CsvDelimiter value) {
        return new CsvSettings(encoding, value, headerRow, maxBytes);
    }

    public CsvSettings withHeaderRow(boolean value) {
        return new CsvSettings(encoding, delimiter, value, maxBytes);
    }

    public CsvSettings withMaxBytes(long value) {
        return new CsvSettings(encoding, delimiter, headerRow, value);
    }
}
