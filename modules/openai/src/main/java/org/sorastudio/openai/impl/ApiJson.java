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
package org.sorastudio.openai.impl;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import org.sorastudio.core.io.Json;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sorastudio.openai.ApiError;
import org.sorastudio.openai.DeletedVideo;
import org.sorastudio.openai.ModelInfo;
import org.sorastudio.openai.ModerationResult;
import org.sorastudio.openai.TextResponse;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoCharacter;
import org.sorastudio.openai.VideoError;
import org.sorastudio.openai.VideoPage;
import org.sorastudio.openai.VideoStatus;

/**
 * Turns response bodies into value types, leniently: numbers and strings are accepted for each
 * other, unknown fields are ignored, and only what a caller cannot do without (a video's id and
 * status) is required. A body that breaks those rules raises {@link MalformedBodyException}.
 */
final class ApiJson {

    /**
     * The largest exponent a number in a body may have to be normalised ("8.0" to "8") or read as a time. Writing out
     * {@code 1e999999999} in full would take a gigabyte and minutes; no field of the API needs more than a few digits.
     */
    private static final int MAX_EXPONENT = 1000;
    /** The seconds {@link Instant} can hold, either way. */
    private static final BigDecimal LATEST = BigDecimal.valueOf(Instant.MAX.getEpochSecond());
    private static final BigDecimal EARLIEST = BigDecimal.valueOf(Instant.MIN.getEpochSecond());

    private ApiJson() {
    }

    static JsonObject object(byte[] body) {
        try {
            JsonElement element = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (!element.isJsonObject()) {
                throw new MalformedBodyException("expected a JSON object, got " + kind(element));
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            String text = new String(body, StandardCharsets.UTF_8);
            String looks = text.stripLeading().startsWith("<") ? "a web page, not the API's JSON (is the base URL right?)"
                    : Json.syntaxProblem(e);
            throw new MalformedBodyException("the body is " + looks + ": \"" + Json.excerpt(text) + "\"");
        }
    }

    static Video video(JsonObject json) {
        String id = string(json, "id");
        String status = string(json, "status");
        if (id == null || status == null) {
            throw new MalformedBodyException("a video needs 'id' and 'status', got fields " + json.keySet());
        }
        JsonObject error = objectOrNull(json, "error");
        return new Video(id, string(json, "model"), VideoStatus.of(status), progress(json),
                instant(json, "created_at"), instant(json, "completed_at"), instant(json, "expires_at"),
                string(json, "prompt"), string(json, "size"), seconds(json),
                string(json, "remixed_from_video_id"),
                error == null ? null : new VideoError(string(error, "code"), string(error, "message")));
    }

    /** A VideoCharacterResource; every field may be null, as the description allows. */
    static VideoCharacter character(JsonObject json, String requestId) {
        return new VideoCharacter(string(json, "id"), string(json, "name"), instant(json, "created_at"), requestId);
    }

    static VideoPage videoPage(JsonObject json) {
        List<Video> videos = new ArrayList<>();
        for (JsonElement element : array(json, "data")) {
            if (!element.isJsonObject()) {
                throw new MalformedBodyException("'data' holds " + kind(element) + " instead of a video");
            }
            videos.add(video(element.getAsJsonObject()));
        }
        String firstId = string(json, "first_id");
        String lastId = string(json, "last_id");
        if (lastId == null && !videos.isEmpty()) {
            lastId = videos.get(videos.size() - 1).id();
        }
        if (firstId == null && !videos.isEmpty()) {
            firstId = videos.get(0).id();
        }
        Boolean hasMore = bool(json, "has_more");
        return new VideoPage(videos, firstId, lastId, hasMore != null && hasMore);
    }

    static DeletedVideo deletedVideo(JsonObject json, String requestedId) {
        String id = string(json, "id");
        Boolean deleted = bool(json, "deleted");
        return new DeletedVideo(id == null ? requestedId : id, deleted == null || deleted);
    }

    static List<ModelInfo> models(JsonObject json) {
        List<ModelInfo> models = new ArrayList<>();
        for (JsonElement element : array(json, "data")) {
            if (element.isJsonObject()) {
                JsonObject model = element.getAsJsonObject();
                String id = string(model, "id");
                if (id != null) {
                    models.add(new ModelInfo(id, instant(model, "created"), string(model, "owned_by"),
                            date(string(model, "shutdown_date"))));
                }
            }
        }
        return models;
    }

    static ModerationResult moderation(JsonObject json) {
        List<ModerationResult.Verdict> verdicts = new ArrayList<>();
        for (JsonElement element : array(json, "results")) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject result = element.getAsJsonObject();
            Map<String, Boolean> categories = new LinkedHashMap<>();
            JsonObject flags = objectOrNull(result, "categories");
            if (flags != null) {
                flags.keySet().forEach(name -> {
                    Boolean flagged = bool(flags, name);
                    if (flagged != null) {
                        categories.put(name, flagged);
                    }
                });
            }
            Map<String, Double> scores = new LinkedHashMap<>();
            JsonObject scoreObject = objectOrNull(result, "category_scores");
            if (scoreObject != null) {
                scoreObject.keySet().forEach(name -> {
                    JsonPrimitive score = primitive(scoreObject, name);
                    if (score != null && score.isNumber()) {
                        scores.put(name, score.getAsDouble());
                    }
                });
            }
            Boolean flagged = bool(result, "flagged");
            verdicts.add(new ModerationResult.Verdict(flagged != null ? flagged : categories.containsValue(true),
                    categories, scores));
        }
        return new ModerationResult(string(json, "id"), string(json, "model"), verdicts);
    }

    /** A Responses API answer: the output text parts of its messages joined, and its usage. */
    static TextResponse textResponse(JsonObject json) {
        StringBuilder text = new StringBuilder();
        for (JsonElement item : array(json, "output")) {
            if (item.isJsonObject() && "message".equals(string(item.getAsJsonObject(), "type"))) {
                for (JsonElement part : array(item.getAsJsonObject(), "content")) {
                    if (part.isJsonObject() && "output_text".equals(string(part.getAsJsonObject(), "type"))) {
                        text.append(Objects.requireNonNullElse(string(part.getAsJsonObject(), "text"), ""));
                    }
                }
            }
        }
        JsonObject incomplete = objectOrNull(json, "incomplete_details");
        return new TextResponse(string(json, "id"), string(json, "model"), string(json, "status"), text.toString().strip(),
                incomplete == null ? null : string(incomplete, "reason"), usage(objectOrNull(json, "usage")));
    }

    private static TextResponse.TokenUsage usage(JsonObject usage) {
        if (usage == null) {
            return TextResponse.TokenUsage.UNKNOWN;
        }
        JsonPrimitive input = primitive(usage, "input_tokens");
        JsonPrimitive output = primitive(usage, "output_tokens");
        if (input == null || output == null || !input.isNumber() || !output.isNumber()) {
            return TextResponse.TokenUsage.UNKNOWN;
        }
        JsonPrimitive total = primitive(usage, "total_tokens");
        long sum = input.getAsLong() + output.getAsLong();
        return new TextResponse.TokenUsage(input.getAsLong(), output.getAsLong(),
                total != null && total.isNumber() ? total.getAsLong() : sum);
    }

    /**
     * The API error object of an error body. Gateways differ: {@code {"error": {...}}}, {@code
     * {"error": "text"}}, {@code {"message": "text"}} or {@code {"detail": "text"}} are all read;
     * {@code null} when the body holds none of them.
     */
    static ApiError error(byte[] body) {
        JsonObject json;
        try {
            json = object(body);
        } catch (MalformedBodyException e) {
            return null;
        }
        JsonElement error = json.get("error");
        if (error != null && error.isJsonObject()) {
            JsonObject fields = error.getAsJsonObject();
            return new ApiError(string(fields, "type"), string(fields, "code"), string(fields, "message"),
                    string(fields, "param"));
        }
        String message = error != null && error.isJsonPrimitive() ? error.getAsString()
                : firstNonNull(string(json, "message"), string(json, "detail"));
        return message == null ? null : new ApiError(string(json, "type"), string(json, "code"), message, null);
    }

    /** A string field; numbers and booleans are given as text (so {@code seconds: 8} reads as "8"). */
    static String string(JsonObject json, String name) {
        JsonPrimitive value = primitive(json, name);
        if (value == null) {
            return null;
        }
        BigDecimal number = value.isNumber() ? decimal(value.getAsString()) : null;
        return number != null ? plain(number) : value.getAsString();
    }

    /** Duration as the API spells it ("8"), whether sent as 8, 8.0, "8" or "8.0". */
    private static String seconds(JsonObject json) {
        String text = string(json, "seconds");
        if (text == null) {
            return null;
        }
        BigDecimal number = decimal(text.trim());
        return number != null ? plain(number) : text;
    }

    /** {@code text} as a number, or {@code null} when it is not one or its exponent is beyond {@link #MAX_EXPONENT}. */
    private static BigDecimal decimal(String text) {
        try {
            BigDecimal number = new BigDecimal(text);
            return Math.abs((long) number.scale()) <= MAX_EXPONENT ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 8 for 8, 8.0 and 8E0; 8.5 stays 8.5. */
    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString() : number.stripTrailingZeros().toPlainString();
    }

    private static int progress(JsonObject json) {
        JsonPrimitive value = primitive(json, "progress");
        if (value == null) {
            return 0;
        }
        try {
            int percent = (int) Math.floor(Double.parseDouble(value.getAsString()));
            return Math.max(0, Math.min(100, percent));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Unix seconds as a number or numeric string; {@code null} if absent, not a number or beyond any time {@link Instant} holds. */
    private static Instant instant(JsonObject json, String name) {
        String text = string(json, name);
        BigDecimal seconds = text == null ? null : decimal(text);
        if (seconds == null || seconds.compareTo(EARLIEST) < 0 || seconds.compareTo(LATEST) > 0) {
            return null;
        }
        return Instant.ofEpochSecond(seconds.longValue());
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean bool(JsonObject json, String name) {
        JsonPrimitive value = primitive(json, name);
        if (value == null) {
            return null;
        }
        return Boolean.valueOf(value.isBoolean() ? value.getAsBoolean() : "true".equalsIgnoreCase(value.getAsString()));
    }

    private static JsonPrimitive primitive(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsJsonPrimitive() : null;
    }

    private static JsonObject objectOrNull(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    private static JsonArray array(JsonObject json, String name) {
        JsonElement value = json.get(name);
        if (value == null || !value.isJsonArray()) {
            throw new MalformedBodyException("expected an array '" + name + "', got " + kind(value));
        }
        return value.getAsJsonArray();
    }

    private static String kind(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return "nothing";
        }
        if (element.isJsonObject()) {
            return "an object";
        }
        return element.isJsonArray() ? "an array" : "the value " + element;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    /** A 2xx body that does not hold what the API describes. */
    static final class MalformedBodyException extends RuntimeException {
        MalformedBodyException(String message) {
            super(message);
        }
    }
}
