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
package org.sorastudio.characters.ui;

import java.time.Instant;
import java.util.Objects;

/**
 * A character the server made for the studio, as kept in the local library.
 *
 * @param id        the server's id ({@code char_…}), what the server knows it by
 * @param name      its display name, also the word prompts mention it by
 * @param profile   the server profile it was made on (a character exists on that server only)
 * @param createdAt when the server made it
 * @param thumbnail the thumbnail's file name inside the library folder, or null when none could be made
 */
record Character(String id, String name, String profile, Instant createdAt, String thumbnail) {

    Character {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
