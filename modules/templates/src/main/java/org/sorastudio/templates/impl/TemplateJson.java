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

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Template;

/** The templates file format, shared by the library file and exported files. */
final class TemplateJson {

    static final String FORMAT = "sorastudio-templates";
    static final int VERSION = 1;
    private static final Pattern FIELD = Pattern.compile("path \\$\\.(\\w+)");

    private TemplateJson() {
    }

    static JsonObject toJson(Collection<Template> templates) {
        JsonArray array = new JsonArray();
        templates.forEach(t -> array.add(Json.GSON.toJsonTree(t)));
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        root.add("templates", array);
        return root;
    }

    /** Reads a templates file, naming the file and the entry for anything wrong. */
    static List<Template> read(Path file) throws DataFileException {
        JsonObject root = JsonDataFile.read(file);
        JsonElement version = root.get("version");
        // as a double: getAsInt fails on numbers beyond Gson's limits (1e99999)
        if (version != null && version.isJsonPrimitive() && version.getAsJsonPrimitive().isNumber() && version.getAsDouble() > VERSION) {
            throw new DataFileException(file, "the file was written by a newer Sora Studio (format version "
                    + Json.excerpt(version.toString()) + "); this one reads version " + VERSION + ".", null);
        }
        JsonElement array = root.get("templates");
        if (array == null || !array.isJsonArray()) {
            throw new DataFileException(file, "the file has no \"templates\" list; it is not a templates file.", null);
        }
        List<Template> templates = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonElement element : array.getAsJsonArray()) {
            index++;
            Template template = template(file, index, element);
            if (!ids.add(template.id())) {
                throw new DataFileException(file,
                        "template " + index + " has the same id as an earlier one (" + template.id() + ").", null);
            }
            templates.add(template);
        }
        return templates;
    }

    private static Template template(Path file, int index, JsonElement element) throws DataFileException {
        if (!element.isJsonObject()) {
            throw new DataFileException(file, "template " + index + " is not a JSON object.", null);
        }
        JsonElement id = element.getAsJsonObject().get("id");
        if (id == null || !id.isJsonPrimitive() || id.getAsString().isBlank()) {
            throw new DataFileException(file, "template " + index + " has no id.", null);
        }
        try {
            return Json.GSON.fromJson(element, Template.class);
        } catch (RuntimeException e) {
            // Gson's messages name Java types, and a record it cannot build is a bare RuntimeException: say it for a person
            throw new DataFileException(file, "template " + index + " (" + Json.excerpt(id.getAsString()) + ") is not valid: "
                    + field(e) + " (name, prompt, model, size and notes are texts, seconds a whole number, tags a list of texts, pinned"
                    + " true or false).", e);
        }
    }

    /** Which field Gson stumbled on, when its message says. */
    private static String field(RuntimeException e) {
        Matcher path = FIELD.matcher(String.valueOf(e.getMessage()));
        return path.find() ? "\"" + path.group(1) + "\" has the wrong kind of value" : "a field has the wrong kind of value";
    }
}
