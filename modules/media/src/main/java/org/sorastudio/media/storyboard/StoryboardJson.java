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
package org.sorastudio.media.storyboard;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.model.Project;
import org.sorastudio.media.probe.FrameRate;

/**
 * Reads and writes a storyboard as JSON, the form it takes as the project's {@value #SECTION}
 * section. Items carry a {@code "type"} of {@code "clip"} or {@code "title"}; the object carries a
 * {@code "version"} so later formats can migrate older ones.
 */
public final class StoryboardJson {

    /** The key of the storyboard in {@link Project#sections()}. */
    public static final String SECTION = "storyboard";

    static final int VERSION = 1;

    private static final Gson GSON = Json.GSON.newBuilder()
            .registerTypeHierarchyAdapter(Path.class, new PathAdapter())
            .registerTypeAdapter(FrameRate.class, new FrameRateAdapter())
            .create();

    private StoryboardJson() {
    }

    public static String toJson(Storyboard storyboard) {
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        root.add("output", GSON.toJsonTree(storyboard.output()));
        JsonArray items = new JsonArray();
        for (StoryboardItem item : storyboard.items()) {
            JsonObject object = GSON.toJsonTree(item).getAsJsonObject();
            JsonObject typed = new JsonObject();
            typed.addProperty("type", item instanceof ClipItem ? "clip" : "title");
            object.entrySet().forEach(entry -> typed.add(entry.getKey(), entry.getValue()));
            items.add(typed);
        }
        root.add("items", items);
        return GSON.toJson(root);
    }

    public static Storyboard fromJson(String json) throws StoryboardFormatException {
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject()) {
                throw new StoryboardFormatException("storyboard: expected a JSON object");
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new StoryboardFormatException("storyboard: not valid JSON (" + e.getMessage() + ")");
        }
        int version = root.has("version") ? root.get("version").getAsInt() : VERSION;
        if (version > VERSION) {
            throw new StoryboardFormatException("storyboard: format version " + version
                    + " was written by a newer Sora Studio (this one reads up to " + VERSION + ")");
        }
        OutputFormat output = root.has("output") ? read(root.get("output"), OutputFormat.class, "output") : null;
        List<StoryboardItem> items = new ArrayList<>();
        JsonArray array = root.has("items") ? root.getAsJsonArray("items") : new JsonArray();
        for (int i = 0; i < array.size(); i++) {
            items.add(readItem(array.get(i), i + 1));
        }
        return new Storyboard(items, output);
    }

    /** The project's storyboard, or an empty one when the project has none yet. */
    public static Storyboard fromProject(Project project) throws StoryboardFormatException {
        String json = project.sections().get(SECTION);
        return json == null ? Storyboard.empty() : fromJson(json);
    }

    public static Project intoProject(Project project, Storyboard storyboard) {
        return project.withSection(SECTION, toJson(storyboard));
    }

    private static StoryboardItem readItem(JsonElement element, int number) throws StoryboardFormatException {
        String where = "item " + number;
        if (!element.isJsonObject()) {
            throw new StoryboardFormatException("storyboard " + where + ": expected a JSON object");
        }
        JsonElement type = element.getAsJsonObject().get("type");
        String typeName = type == null || !type.isJsonPrimitive() ? null : type.getAsString();
        if ("clip".equals(typeName)) {
            JsonElement file = element.getAsJsonObject().get("file");
            if (file == null || file.isJsonNull()) {
                throw new StoryboardFormatException("storyboard " + where + ": clip has no \"file\"");
            }
            return read(element, ClipItem.class, where);
        }
        if ("title".equals(typeName)) {
            return read(element, TitleCard.class, where);
        }
        throw new StoryboardFormatException("storyboard " + where + ": unknown type " + type
                + " (expected \"clip\" or \"title\")");
    }

    private static <T> T read(JsonElement element, Class<T> type, String where) throws StoryboardFormatException {
        try {
            T value = GSON.fromJson(element, type);
            if (value == null) {
                throw new StoryboardFormatException("storyboard " + where + ": missing");
            }
            return value;
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new StoryboardFormatException("storyboard " + where + ": " + e.getMessage());
        }
    }

    private static final class PathAdapter extends TypeAdapter<Path> {
        @Override
        public void write(JsonWriter out, Path value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public Path read(JsonReader in) throws IOException {
            String text = in.nextString();
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new JsonParseException("\"" + text + "\" is not a valid file path");
            }
        }
    }

    /** Writes {@code "30000/1001"}, the spelling ffmpeg and people read. */
    private static final class FrameRateAdapter extends TypeAdapter<FrameRate> {
        @Override
        public void write(JsonWriter out, FrameRate value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public FrameRate read(JsonReader in) throws IOException {
            String text = in.nextString();
            String[] parts = text.split("/", 2);
            try {
                return new FrameRate(Integer.parseInt(parts[0].strip()),
                        parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 1);
            } catch (NumberFormatException e) {
                throw new JsonParseException("frame rate \"" + text + "\" is not N or N/D");
            }
        }
    }
}
