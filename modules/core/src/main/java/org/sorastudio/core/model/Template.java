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
package org.sorastudio.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A reusable prompt with {@code {placeholder}} variables and default shot parameters.
 *
 * @param id      stable identifier
 * @param name    what the user calls it
 * @param prompt  prompt text, possibly with placeholders
 * @param model   default model
 * @param size    default size ({@code WIDTHxHEIGHT})
 * @param seconds default clip length
 * @param tags    free tags for search and filter; never {@code null}
 * @param notes   free text
 * @param pinned  shown first among favourites
 */
public record Template(String id, String name, String prompt, String model, String size, int seconds,
        List<String> tags, String notes, boolean pinned) {

    public Template {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        prompt = prompt == null ? "" : prompt;
        tags = tags == null ? List.of() : List.copyOf(tags);
        notes = notes == null ? "" : notes;
    }
}
