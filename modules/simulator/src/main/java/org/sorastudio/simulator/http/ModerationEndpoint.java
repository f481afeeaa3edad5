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
package org.sorastudio.simulator.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sorastudio.simulator.videos.ModerationWords;

/**
 * {@code POST /moderations}: flags text containing a configured moderation word under {@code violence},
 * the same words that get a video blocked. Images are never flagged.
 */
final class ModerationEndpoint {

    private static final Set<String> FIELDS = Set.of("input", "model");
    private static final String DEFAULT_MODEL = "omni-moderation-latest";
    private static final String FLAGGED_CATEGORY = "violence";
    private static final List<String> CATEGORIES = List.of("hate", "hate/threatening", "harassment",
            "harassment/threatening", "illicit", "illicit/violent", "self-harm", "self-harm/intent",
            "self-harm/instructions", "sexual", "sexual/minors", "violence", "violence/graphic");

    private final ModerationWords words;
    private final Random ids;

    ModerationEndpoint(ModerationWords words, long seed) {
        this.words = words;
        this.ids = new Random(seed);
    }

    void create(ApiExchange exchange) throws IOException {
        RequestFields request = RequestFields.parse(exchange.header("Content-Type"), exchange.body(), FIELDS);
        JsonElement input = request.value("input").orElseThrow(() -> ApiError.missingParameter("input"));
        String model = request.string("model").orElse(DEFAULT_MODEL);
        JsonArray results = new JsonArray();
        for (String text : texts(input)) {
            results.add(result(words.blocks(text)));
        }
        JsonObject response = new JsonObject();
        response.addProperty("id", "modr-" + nextId());
        response.addProperty("model", model);
        response.add("results", results);
        exchange.sendJson(200, response);
    }

    private synchronized String nextId() {
        byte[] bytes = new byte[16];
        ids.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** One text per result: a string, each string of an array, or all text parts of a multi-modal array. */
    private static List<String> texts(JsonElement input) {
        List<String> texts = new ArrayList<>();
        if (input.isJsonPrimitive() && input.getAsJsonPrimitive().isString()) {
            texts.add(input.getAsString());
            return texts;
        }
        if (!input.isJsonArray()) {
            throw ApiError.invalidType("input", "a string or an array", RequestFields.describe(input));
        }
        StringBuilder multiModal = new StringBuilder();
        boolean sawObject = false;
        for (JsonElement item : input.getAsJsonArray()) {
            if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString()) {
                texts.add(item.getAsString());
            } else if (item.isJsonObject() && item.getAsJsonObject().has("type")) {
                sawObject = true;
                JsonObject part = item.getAsJsonObject();
                if ("text".equals(part.get("type").getAsString()) && part.has("text")) {
                    multiModal.append(part.get("text").getAsString()).append('\n');
                }
            } else {
                throw ApiError.invalidType("input[]", "a string or an input object", RequestFields.describe(item));
            }
        }
        if (sawObject) {
            texts.add(multiModal.toString());
        }
        return texts;
    }

    private static JsonObject result(boolean flagged) {
        JsonObject categories = new JsonObject();
        JsonObject scores = new JsonObject();
        JsonObject inputTypes = new JsonObject();
        for (String category : CATEGORIES) {
            boolean hit = flagged && category.equals(FLAGGED_CATEGORY);
            categories.addProperty(category, hit);
            scores.addProperty(category, hit ? 0.97 : 0.0001);
            JsonArray types = new JsonArray();
            types.add("text");
            inputTypes.add(category, types);
        }
        JsonObject result = new JsonObject();
        result.addProperty("flagged", flagged);
        result.add("categories", categories);
        result.add("category_scores", scores);
        result.add("category_applied_input_types", inputTypes);
        return result;
    }
}
