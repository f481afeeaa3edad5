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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The checks every CSV file passes before a byte of it is read. */
final class CsvFiles {

    private CsvFiles() {
    }

    /** Refuses missing, unreadable, empty and too large files; returns the size. */
    static long checkUsable(Path file, long maxBytes) throws CsvFileException {
        if (Files.isDirectory(file)) {
            throw new CsvFileException(file, "this is a folder, not a CSV file.", null);
        }
        if (!Files.isRegularFile(file)) {
            throw new CsvFileException(file, "the file does not exist.", null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new CsvFileException(file, "the file cannot be read: " + e.getMessage(), e);
        }
        if (size >= maxBytes) {
            throw new CsvFileException(file, "the file is " + humanSize(size) + "; CSV files must be smaller than "
                    + humanSize(maxBytes) + ". Split it into smaller files.", null);
        }
        if (size == 0) {
            throw new CsvFileException(file, "the file is empty; a CSV batch needs a header row and at least one data row.", null);
        }
        if (!Files.isReadable(file)) {
            throw new CsvFileException(file, "the file cannot be read (no permission).", null);
        }
        return size;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        do {
            value /= 1024;
            unit++;
        } while (value >= 1024 && unit < units.length - 1);
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
