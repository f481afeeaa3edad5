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
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import org.sorastudio.simulator.videos.ModerationWords;

/**
 * {@code POST /responses}, as far as a prompt rewrite needs it: a text answer from one of a few small models. The
 * "model" leaves the simulator's moderation words out of the input (so a rewrite passes its own {@code /moderations}),
 * deterministically, and reports real {@code usage} counts (about four characters a token, as OpenAI's tokenizers
 * average on English). An unknown model answers 404 {@code model_not_found}; a {@code max_output_tokens} too small for
 * the answer gives the documented {@code incomplete} response with no output; a prompt with nothing to leave out comes
 * back unchanged.
 */
final class ResponsesEndpoint {

    /** The models this server answers with. */
    static final Set<String> MODELS = Set.of("gpt-4.1-mini", "gpt-4.1-nano", "gpt-4o-mini", "gpt-5-mini", "gpt-5-nano");
    private static final Set<String> FIELDS = Set.of("model", "input", "instructions", "max_output_tokens", "temperature",
            "store", "metadata", "user", "text");
    private static final int CHARACTERS_PER_TOKEN = 4;

    private final ModerationWords words;
    private final Random ids;
    private final LongSupplier clock;

    ResponsesEndpoint(ModerationWords words, long seed, LongSupplier clock) {
        this.words = words;
        this.ids = new Random(seed);
        this.clock = clock;
    }

    void create(ApiExchange exchange) throws IOException {
        RequestFields request = RequestFields.parse(exchange.header("Content-Type"), exchange.body(), FIELDS);
        String model = request.string("model").orElseThrow(() -> ApiError.missingParameter("model"));
        if (!MODELS.contains(model)) {
            throw ApiError.modelNotFound(model);
        }
        String input = text(request.value("input").orElseThrow(() -> ApiError.missingParameter("input")));
        String instructions = request.string("instructions").orElse("");
        String answer = words.without(input);
        int inputTokens = tokens(instructions) + tokens(input);
        int answerTokens = tokens(answer);
        Integer limit = request.value("max_output_tokens").map(JsonElement::getAsInt).orElse(null);
        boolean incomplete = limit != null && limit < answerTokens;
        JsonObject response = new JsonObject();
        response.addProperty("id", "resp_" + nextId());
        response.addProperty("object", "response");
        response.addProperty("created_at", clock.getAsLong() / 1000);
        response.addProperty("status", incomplete ? "incomplete" : "completed");
        response.add("error", JsonNull.INSTANCE);
        if (incomplete) {
            JsonObject details = new JsonObject();
            details.addProperty("reason", "max_output_tokens");
            response.add("incomplete_details", details);
        } else {
            response.add("incomplete_details", JsonNull.INSTANCE);
        }
        response.addProperty("instructions", instructions.isEmpty() ? null : instructions);
        response.addProperty("model", model);
        response.add("output", incomplete ? new JsonArray() : output(answer));
        int outputTokens = incomplete ? limit : answerTokens;
        response.add("usage", usage(inputTokens, outputTokens));
        exchange.sendJson(200, response);
    }

    /** The input's text: a string, or the text parts of an array of messages. */
    private static String text(JsonElement input) {
        if (input.isJsonPrimitive() && input.getAsJsonPrimitive().isString()) {
            return input.getAsString();
        }
        if (!input.isJsonArray()) {
            throw ApiError.invalidType("input", "a string or an array", RequestFields.describe(input));
        }
        StringBuilder text = new StringBuilder();
        for (JsonElement item : input.getAsJsonArray()) {
            JsonElement content = item.isJsonObject() ? item.getAsJsonObject().get("content") : null;
            if (content != null && content.isJsonPrimitive()) {
                text.append(content.getAsString()).append('\n');
            } else if (content != null && content.isJsonArray()) {
                for (JsonElement part : content.getAsJsonArray()) {
                    if (part.isJsonObject() && part.getAsJsonObject().has("text")) {
                        text.append(part.getAsJsonObject().get("text").getAsString()).append('\n');
                    }
                }
            } else {
                throw ApiError.invalidType("input[]", "a message object", RequestFields.describe(item));
            }
        }
        return text.toString().strip();
    }

    private JsonArray output(String answer) {
        JsonObject part = new JsonObject();
        part.addProperty("type", "output_text");
        part.addProperty("text", answer);
        part.add("annotations", new JsonArray());
        JsonArray content = new JsonArray();
        content.add(part);
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("id", "msg_" + nextId());
        message.addProperty("status", "completed");
        message.addProperty("role", "assistant");
        message.add("content", content);
        JsonArray output = new JsonArray();
        output.add(message);
        return output;
    }

    private static JsonObject usage(int inputTokens, int outputTokens) {
        JsonObject inputDetails = new JsonObject();
        inputDetails.addProperty("cached_tokens", 0);
        inputDetails.addProperty("cache_write_tokens", 0);
        JsonObject outputDetails = new JsonObject();
        outputDetails.addProperty("reasoning_tokens", 0);
        JsonObject usage = new JsonObject();
        usage.addProperty("input_tokens", inputTokens);
        usage.add("input_tokens_details", inputDetails);
        usage.addProperty("output_tokens", outputTokens);
        usage.add("output_tokens_details", outputDetails);
        usage.addProperty("total_tokens", inputTokens + outputTokens);
        return usage;
    }

    private static int tokens(String text) {
        return text.isEmpty() ? 0 : (text.length() + CHARACTERS_PER_TOKEN - 1) / CHARACTERS_PER_TOKEN;
    }

    private synchronized String nextId() {
        byte[] bytes = new byte[12];
        ids.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
