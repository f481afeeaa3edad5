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

import java.util.List;

/**
 * The columns of a CSV file.
 *
 * @param names    unique column names, in file order: duplicates get {@code _2}, {@code _3}, blank
 *                 names become {@code columnN}
 * @param original the names as written in the file
 * @param problems what was changed to make the names unique and non-empty, for the user to see
 */
public record CsvHeader(List<String> names, List<String> original, List<String> problems) {

    public CsvHeader {
        names = List.copyOf(names);
        original = List.copyOf(original);
        problems = List.copyOf(problems);
    }

    public int size() {
        return names.size();
    }

    /** The index of a column, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }
}
