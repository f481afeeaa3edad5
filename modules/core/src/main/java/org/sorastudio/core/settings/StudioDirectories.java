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
package org.sorastudio.core.settings;

import java.io.File;
import java.nio.file.Path;
import org.openide.modules.Places;

/**
 * Where the studio keeps its own files. Inside the application this is the platform's user
 * directory; headless (CLI, tests) it is {@code -Dsorastudio.userdir}, else {@code ~/.sorastudio}.
 */
public final class StudioDirectories {

    public static final String USERDIR_PROPERTY = "sorastudio.userdir";

    private StudioDirectories() {
    }

    public static Path userDirectory() {
        String explicit = System.getProperty(USERDIR_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        File platform = Places.getUserDirectory();
        if (platform != null) {
            return platform.toPath().resolve("sorastudio");
        }
        return Path.of(System.getProperty("user.home"), ".sorastudio");
    }
}
