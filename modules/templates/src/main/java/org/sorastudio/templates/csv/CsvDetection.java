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

import java.nio.file.Path;

/**
 * What {@link CsvDetector} found out about a file, with the reasons in words so the user can judge
 * them and override any choice through {@link #settings()}.
 *
 * @param byteOrderMark whether the file starts with a byte order mark
 */
public record CsvDetection(Path file, long size, CsvEncoding encoding, boolean byteOrderMark, String encodingReason,
        CsvDelimiter delimiter, String delimiterReason, long maxBytes) {

    /** Settings to read the file with, assuming a header row. */
    public CsvSettings settings() {
        return new CsvSettings(encoding, delimiter, true, maxBytes);
    }
}
