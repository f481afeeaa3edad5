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

/** The field separators a CSV file can use. */
public enum CsvDelimiter {
    COMMA(',', "comma"),
    SEMICOLON(';', "semicolon"),
    TAB('\t', "tab");

    private final char character;
    private final String label;

    CsvDelimiter(char character, String label) {
        this.character = character;
        this.label = label;
    }

    public char character() {
        return character;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
