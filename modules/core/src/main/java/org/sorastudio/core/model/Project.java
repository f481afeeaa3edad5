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

    public Project {
        name = name == null ? "Untitled" : name;
        shots = shots == null ? List.of() : List.copyOf(shots);
        sections = sections == null ? Map.of() : Map.copyOf(sections);
    }

    public static Project empty() {
        return new Project("Untitled", List.of(), null, Map.of());
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
