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

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One data record of a CSV file.
 *
 * @param line   the physical line (1-based) where the record starts; a quoted field may span more
 * @param number the record's position among the data rows, 1-based
 */
public record CsvRow(long line, long number, String[] fields, int headerSize) {

    /** The field at {@code column}, or an empty string when the row is too short to have it. */
    public String get(int column) {
        return column < fields.length ? fields[column] : "";
    }

    public int size() {
        return fields.length;
    }

    public List<String> values() {
        return Arrays.asList(fields);
    }

    /** A message when the row has a different number of fields than the header. */
    public Optional<String> shapeProblem() {
        if (fields.length == headerSize) {
            return Optional.empty();
        }
        return Optional.of("the row has " + fields.length + (fields.length == 1 ? " field" : " fields")
                + " but the header has " + headerSize
                + (fields.length < headerSize
                        ? "; a delimiter or quote is probably missing." : "; a value probably holds an unquoted delimiter."));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CsvRow row && row.line == line && row.number == number && row.headerSize == headerSize
                && Arrays.equals(row.fields, fields);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(line) * 31 + Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + Arrays.toString(fields);
    }
}
