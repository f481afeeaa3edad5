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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a JSON or multipart request body, seen the same way: text and JSON values by name,
 * plus uploaded files. Checks field names against what the endpoint knows and values against the
 * types it expects, answering like the API does.
 */
final class RequestFields {

    private final Map<String, JsonElement> values;
    private final Map<String, MultipartForm.Part> files;

    private RequestFields(Map<String, JsonElement> values, Map<String, MultipartForm.Part> files) {
        this.values = values;
        this.files = files;
    }

    /** Reads a JSON or multipart body; any other content type is refused. */
    static RequestFields parse(String contentType, byte[] body, Set<String> knownFields) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        RequestFields fields = switch (mediaType) {
            case "application/json" -> fromJson(body);
            case "multipart/form-data" -> fromMultipart(contentType, body);
            default -> throw ApiError.invalidRequest("Unsupported content type: '" + mediaType + "'. This API method "
                    + "only accepts 'application/json' and 'multipart/form-data' requests, but you specified the "
                    + "header 'Content-Type: " + (contentType == null ? "" : contentType) + "'. Please try again "
                    + "with a supported content type.", null, "unsupported_content_type");
        };
        for (String name : fields.names()) {
            if (!knownFields.contains(name)) {
                throw ApiError.unknownParameter(name);
            }
        }
        return fields;
    }

    private static RequestFields fromJson(byte[] body) {
        JsonElement root;
        try {
            root = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            root = null;
        }
        if (root == null || !root.isJsonObject()) {
            throw ApiError.invalidRequest("We could not parse the JSON body of your request. (HINT: This likely "
                    + "means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but "
                    + "what was sent was not valid JSON.)", null, null);
        }
        Map<String, JsonElement> values = new LinkedHashMap<>();
        root.getAsJsonObject().entrySet().forEach(entry -> values.put(entry.getKey(), entry.getValue()));
        return new RequestFields(values, Map.of());
    }

    private static RequestFields fromMultipart(String contentType, byte[] body) {
        Map<String, JsonElement> values = new LinkedHashMap<>();
        Map<String, MultipartForm.Part> files = new LinkedHashMap<>();
        for (MultipartForm.Part part : MultipartForm.parse(contentType, body).parts()) {
            if (values.containsKey(part.name()) || files.containsKey(part.name())) {
                throw ApiError.invalidRequest("Duplicate parameter: '" + part.name() + "'.", part.name(),
                        "duplicate_parameter");
            }
            if (part.filename() != null) {
                files.put(part.name(), part);
            } else {
                values.put(part.name(), new JsonPrimitive(part.text()));
            }
        }
        return new RequestFields(values, files);
    }

    private Set<String> names() {
        Set<String> names = new LinkedHashSet<>(values.keySet());
        names.addAll(files.keySet());
        return names;
    }

    /** A field's value as sent (multipart text fields are JSON strings); JSON null gives empty. */
    Optional<JsonElement> value(String name) {
        JsonElement value = values.get(name);
        return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value);
    }

    /** A string field; {@code null} (JSON null or absent) gives empty. */
    Optional<String> string(String name) {
        JsonElement value = values.get(name);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw ApiError.invalidType(name, "a string", describe(value));
        }
        return Optional.of(value.getAsString());
    }

    /** An uploaded file field, or empty. */
    Optional<MultipartForm.Part> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /**
     * An object field; in a multipart form it arrives as JSON text.
     */
    Optional<JsonObject> object(String name) {
        JsonElement value = values.get(name);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            try {
                value = JsonParser.parseString(value.getAsString());
            } catch (JsonParseException e) {
                throw ApiError.invalidType(name, "an object or a file upload", "a string");
            }
        }
        if (!value.isJsonObject()) {
            throw ApiError.invalidType(name, "an object", describe(value));
        }
        return Optional.of(value.getAsJsonObject());
    }

    /** Says what kind of JSON value this is, the way the API's messages do. */
    static String describe(JsonElement value) {
        if (value.isJsonNull()) {
            return "null";
        }
        if (value.isJsonObject()) {
            return "an object";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return "a boolean";
        }
        if (primitive.isNumber()) {
            return primitive.getAsString().matches("-?\\d+") ? "an integer" : "a decimal";
        }
        return "a string";
    }
}
