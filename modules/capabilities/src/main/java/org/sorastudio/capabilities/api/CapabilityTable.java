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
package org.sorastudio.capabilities.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.spi.ModelSpec;
import org.sorastudio.core.spi.VideoLimits.Limits;

/**
 * What each model accepts: the bundled table, extended or overridden entry by entry by the user's
 * own {@code capabilities.json}. Gateways often prefix model names with their provider
 * ({@code gemini/veo-3.0-generate-001}); lookups ignore such a prefix.
 */
public final class CapabilityTable {

    public static final String FILE_NAME = "capabilities.json";
    private static final String BUNDLED = "/org/sorastudio/capabilities/capabilities.json";

    private final Map<String, ModelSpec> models;
    private final Limits limits;
    private final Optional<String> userFileProblem;

    private CapabilityTable(Map<String, ModelSpec> models, Limits limits, Optional<String> userFileProblem) {
        this.models = models;
        this.limits = limits;
        this.userFileProblem = userFileProblem;
    }

    /** The bundled table, plus {@code userFile} when it exists. A broken user file is reported, never fatal. */
    public static CapabilityTable load(Path userFile) {
        Map<String, ModelSpec> models = new LinkedHashMap<>();
        Limits limits;
        try (InputStream in = CapabilityTable.class.getResourceAsStream(BUNDLED)) {
            JsonObject bundled = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            parse(bundled, models);
            limits = parseLimits(bundled, Limits.UNKNOWN);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The bundled capability table is broken", e);
        }
        Optional<String> problem = Optional.empty();
        if (userFile != null && Files.isRegularFile(userFile)) {
            try {
                JsonObject user = JsonDataFile.read(userFile);
                Map<String, ModelSpec> merged = new LinkedHashMap<>(models);
                if (user.has("models")) {
                    parse(user, merged);
                }
                limits = parseLimits(user, limits);
                models = merged;
            } catch (DataFileException e) {
                problem = Optional.of(e.getMessage());
            } catch (RuntimeException e) {
                problem = Optional.of(userFile + ": " + e.getMessage());
            }
        }
        return new CapabilityTable(models, limits, problem);
    }

    /**
     * What extensions and characters accept as the table says: the bundled {@code extensions} and
     * {@code characters} sections, each value overridable by the user's file.
     */
    public Limits limits() {
        return limits;
    }

    public List<ModelSpec> models() {
        return List.copyOf(models.values());
    }

    /** The entry for {@code model}, also when a gateway prefixed it with a provider name. */
    public Optional<ModelSpec> find(String model) {
        ModelSpec exact = models.get(model);
        if (exact != null) {
            return Optional.of(exact);
        }
        int slash = model.lastIndexOf('/');
        return slash < 0 ? Optional.empty() : Optional.ofNullable(models.get(model.substring(slash + 1)));
    }

    /** Why the user's file was not used, if it was not. */
    public Optional<String> userFileProblem() {
        return userFileProblem;
    }

    private static Limits parseLimits(JsonObject json, Limits base) {
        List<Integer> seconds = base.extensionSeconds();
        if (json.has("extensions")) {
            JsonObject extensions = json.getAsJsonObject("extensions");
            if (extensions.has("seconds")) {
                List<Integer> listed = new ArrayList<>();
                extensions.getAsJsonArray("seconds").forEach(s -> listed.add(s.getAsInt()));
                seconds = listed;
            }
        }
        double min = base.characterClipMinSeconds();
        double max = base.characterClipMaxSeconds();
        int name = base.characterNameMaxLength();
        if (json.has("characters")) {
            JsonObject characters = json.getAsJsonObject("characters");
            min = characters.has("clipMinSeconds") ? characters.get("clipMinSeconds").getAsDouble() : min;
            max = characters.has("clipMaxSeconds") ? characters.get("clipMaxSeconds").getAsDouble() : max;
            name = characters.has("nameMaxLength") ? characters.get("nameMaxLength").getAsInt() : name;
        }
        return new Limits(seconds, min, max, name);
    }

    private static void parse(JsonObject json, Map<String, ModelSpec> into) {
        JsonElement list = json.get("models");
        if (list == null || !list.isJsonArray()) {
            throw new IllegalArgumentException("expected a \"models\" list");
        }
        int index = 0;
        for (JsonElement element : list.getAsJsonArray()) {
            index++;
            JsonObject model = element.getAsJsonObject();
            if (!model.has("id") || !model.has("sizes") || !model.has("seconds")) {
                throw new IllegalArgumentException("model " + index + " needs \"id\", \"sizes\" and \"seconds\"");
            }
            List<String> sizes = new ArrayList<>();
            model.getAsJsonArray("sizes").forEach(size -> sizes.add(size.getAsString()));
            List<Integer> seconds = new ArrayList<>();
            model.getAsJsonArray("seconds").forEach(s -> seconds.add(s.getAsInt()));
            double price = model.has("usdPerSecond") ? model.get("usdPerSecond").getAsDouble() : 0;
            String id = model.get("id").getAsString();
            into.put(id, new ModelSpec(id, sizes, seconds, price, null));
        }
    }
}
