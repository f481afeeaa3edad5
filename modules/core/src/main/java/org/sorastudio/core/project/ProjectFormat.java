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
package org.sorastudio.core.project;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openide.util.Lookup;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.model.Shot;

/**
 * The {@code .sorastudio} project file: a JSON object with a {@code schemaVersion}, the known
 * fields of {@link Project}, and every other field kept verbatim in {@link Project#sections()}.
 */
public final class ProjectFormat {

    public static final String EXTENSION = ".sorastudio";
    public static final int SCHEMA_VERSION = 1;

    private static final String VERSION = "schemaVersion";
    private static final Set<String> KNOWN = Set.of(VERSION, "name", "shots", "outputDirectory");

    private final Collection<? extends ProjectMigration> migrations;

    public ProjectFormat() {
        this(Lookup.getDefault().lookupAll(ProjectMigration.class));
    }

    public ProjectFormat(Collection<? extends ProjectMigration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    public Project read(Path file) throws DataFileException {
        return fromJson(JsonDataFile.read(file), file);
    }

    /** Reads a project that is embedded in another file ({@code source}, named in messages). */
    public Project fromJson(JsonObject stored, Path source) throws DataFileException {
        Path file = source;
        JsonObject json = migrate(file, stored.deepCopy());
        return toProject(file, json);
    }

    public void write(Project project, Path file) throws IOException {
        new JsonDataFile(file).write(toJson(project));
    }

    public JsonObject toJson(Project project) {
        JsonObject json = new JsonObject();
        json.addProperty(VERSION, SCHEMA_VERSION);
        json.addProperty("name", project.name());
        if (project.outputDirectory() != null) {
            json.addProperty("outputDirectory", project.outputDirectory());
        }
        json.add("shots", Json.GSON.toJsonTree(project.shots()));
        project.sections().forEach((key, text) -> json.add(key, JsonParser.parseString(text)));
        return json;
    }

    private JsonObject migrate(Path file, JsonObject json) throws DataFileException {
        if (!json.has(VERSION) || !json.get(VERSION).isJsonPrimitive() || !json.get(VERSION).getAsJsonPrimitive().isNumber()) {
            throw new DataFileException(file, "it has no schemaVersion, so it is not a Sora Studio project", null);
        }
        double number = json.get(VERSION).getAsDouble();
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw new DataFileException(file, "its schemaVersion (" + kind(json.get(VERSION)) + ") is not a schema number", null);
        }
        int version = (int) number;
        if (version > SCHEMA_VERSION) {
            throw new DataFileException(file, "it was written by a newer Sora Studio (project schema " + version
                    + "); this version reads schema " + SCHEMA_VERSION + " and older. Update Sora Studio to open it.", null);
        }
        while (version < SCHEMA_VERSION) {
            final int from = version;
            ProjectMigration step = migrations.stream().filter(m -> m.fromVersion() == from).findFirst()
                    .orElseThrow(() -> new DataFileException(file, "no migration from project schema " + from + " is installed", null));
            try {
                json = step.migrate(json);
            } catch (RuntimeException e) {
                throw new DataFileException(file, "it cannot be brought from project schema " + from + " to " + (from + 1)
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
            }
            if (json == null) {
                throw new DataFileException(file, "it cannot be brought from project schema " + from + " to " + (from + 1), null);
            }
            version++;
        }
        return json;
    }

    private static Project toProject(Path file, JsonObject json) throws DataFileException {
        List<Shot> shots = new ArrayList<>();
        JsonElement shotArray = json.get("shots");
        if (shotArray != null && !shotArray.isJsonNull()) {
            if (!shotArray.isJsonArray()) {
                throw new DataFileException(file, "\"shots\" must be a list", null);
            }
            int index = 0;
            for (JsonElement element : shotArray.getAsJsonArray()) {
                index++;
                shots.add(toShot(file, index, element));
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        json.entrySet().stream().filter(e -> !KNOWN.contains(e.getKey()))
                .forEach(e -> sections.put(e.getKey(), e.getValue().toString()));
        return new Project(text(file, "the project", json, "name"), shots, text(file, "the project", json, "outputDirectory"),
                sections);
    }

    private static Shot toShot(Path file, int index, JsonElement element) throws DataFileException {
        if (!element.isJsonObject()) {
            throw new DataFileException(file, "shot " + index + " is not a JSON object", null);
        }
        JsonObject object = element.getAsJsonObject();
        String where = "shot " + index;
        String id = object.has("id") ? text(file, where, object, "id") : UUID.randomUUID().toString();
        if (id == null || id.isBlank()) {
            throw new DataFileException(file, where + ": \"id\" must be a text that names the shot, not " + object.get("id"), null);
        }
        return new Shot(id, text(file, where, object, "prompt"), text(file, where, object, "model"), text(file, where, object, "size"),
                wholeNumber(file, where, object, "seconds"), text(file, where, object, "referenceImage"),
                overrides(file, where, object));
    }

    /** A text field (a number or true/false is taken as its text), or null when it is missing or null; a list or object is refused. */
    private static String text(Path file, String where, JsonObject json, String key) throws DataFileException {
        JsonElement value = json.get(key);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive()) {
            throw new DataFileException(file, where + ": \"" + key + "\" must be a text, not " + kind(value), null);
        }
        return value.getAsString();
    }

    private static int wholeNumber(Path file, String where, JsonObject json, String key) throws DataFileException {
        JsonElement value = json.get(key);
        if (value == null || value.isJsonNull()) {
            return 0;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            double number = value.getAsDouble();
            if (number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE) {
                return (int) number;
            }
        }
        throw new DataFileException(file, where + ": \"" + key + "\" must be a whole number, not " + kind(value), null);
    }

    private static Map<String, String> overrides(Path file, String where, JsonObject json) throws DataFileException {
        JsonElement value = json.get("overrides");
        if (value == null || value.isJsonNull()) {
            return Map.of();
        }
        if (!value.isJsonObject()) {
            throw new DataFileException(file, where + ": \"overrides\" must be an object of names and texts, not " + kind(value), null);
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            String text = text(file, where + ", override", value.getAsJsonObject(), entry.getKey());
            if (text == null) {
                throw new DataFileException(file, where + ": override \"" + entry.getKey() + "\" has no value", null);
            }
            overrides.put(entry.getKey(), text);
        }
        return overrides;
    }

    /** How a JSON value is described to a person: the value itself when it is short, else what it is. */
    private static String kind(JsonElement value) {
        if (value.isJsonNull()) {
            return "null";
        }
        if (value.isJsonObject()) {
            return "an object";
        }
        if (value.isJsonArray()) {
            return "a list";
        }
        return Json.excerpt(value.toString());
    }
}
