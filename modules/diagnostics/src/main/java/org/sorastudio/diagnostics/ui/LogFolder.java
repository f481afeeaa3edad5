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
package org.sorastudio.diagnostics.ui;

import java.nio.file.Path;
import org.openide.modules.Places;

/** Where the platform writes {@code messages.log}: the user directory's {@code var/log}. */
final class LogFolder {

    private LogFolder() {
    }

    /** The folder, or the user's home when the platform has no user directory (a test outside the studio). */
    static Path path() {
        return Places.getUserDirectory() == null ? Path.of(System.getProperty("user.home"))
                : Places.getUserDirectory().toPath().resolve("var").resolve("log");
    }
}
