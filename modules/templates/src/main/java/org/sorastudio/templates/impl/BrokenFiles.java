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
package org.sorastudio.templates.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moves an unreadable data file out of the way without losing it. */
final class BrokenFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private BrokenFiles() {
    }

    /** Renames {@code file} to {@code NAME.broken-TIMESTAMP} (with a counter if taken) and returns the new path. */
    static Path setAside(Path file, Clock clock) throws IOException {
        String base = file.getFileName() + ".broken-" + STAMP.format(clock.instant());
        Path target = file.resolveSibling(base);
        for (int i = 2; Files.exists(target); i++) {
            target = file.resolveSibling(base + "-" + i);
        }
        return Files.move(file, target);
    }
}
