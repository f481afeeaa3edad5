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
import java.util.Map;

/**
 * A project: its shots, where its clips go, and sections owned by other modules.
 *
 * @param name            display name
 * @param shots           the shots in the order the user arranged them; never {@code null}
 * @param outputDirectory where clips and sidecars go, relative to the project file or absolute;
 *                        {@code null} means the folder {@code clips} beside the project file
 * @param sections        JSON text of sections owned by other modules (queue, storyboard, ...) and of
 *                        fields this version does not know, kept verbatim so nothing is lost on save
 */
public record Project(String name, List<Shot> shots, String outputDirectory, Map<String, String> sections) {

    /** The name of a new project until it is saved; the studio shows it translated. */
    public static final String DEFAULT_NAME = "Untitled";

    public Project {
        name = name == null ? DEFAULT_NAME : name;
        shots = shots == null ? List.of() : List.copyOf(shots);
        sections = sections == null ? Map.of() : Map.copyOf(sections);
    }

    public static Project empty() {
        return new Project(DEFAULT_NAME, List.of(), null, Map.of());
    }

    public Project withName(String value) {
        return new Project(value, shots, outputDirectory, sections);
    }

    public Project withShots(List<Shot> value) {
        return new Project(name, value, outputDirectory, sections);
    }

    public Project withOutputDirectory(String value) {
        return new Project(name, shots, value, sections);
    }

    public Project withSection(String key, String json) {
        var copy = new java.util.LinkedHashMap<>(sections);
        if (json == null) {
            copy.remove(key);
        } else {
            copy.put(key, json);
        }
        return new Project(name, shots, outputDirectory, copy);
    }
}
