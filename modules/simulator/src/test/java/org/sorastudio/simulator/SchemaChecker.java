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
package org.sorastudio.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a JSON value against a schema from the copied OpenAPI description: {@code $ref}, {@code type}
 * (3.1 style, including {@code "null"}, and 3.0 {@code nullable}), {@code enum}, {@code required},
 * {@code properties}, {@code items}, {@code anyOf}/{@code oneOf}, {@code additionalProperties: false}
 * and string length limits. Unknown keywords are ignored.
 */
final class SchemaChecker {

    private static final String RESOURCE = "/openapi/videos-schemas.json";
    private static final String REF_PREFIX = "#/components/schemas/";

    private final JsonObject schemas;

    private SchemaChecker(JsonObject schemas) {
        this.schemas = schemas;
    }

    static SchemaChecker load() {
        try (InputStream in = SchemaChecker.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            JsonObject root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getAsJsonObject();
            return new SchemaChecker(root.getAsJsonObject("components").getAsJsonObject("schemas"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of {@code value} against the named schema; empty when it conforms. */
    List<String> check(String schemaName, JsonElement value) {
        List<String> problems = new ArrayList<>();
        check(schema(schemaName), value, "$", problems);
        return problems;
    }

    private JsonObject schema(String name) {
        JsonObject schema = schemas.getAsJsonObject(name);
        if (schema == null) {
            throw new IllegalArgumentException("no schema " + name + " in " + RESOURCE);
        }
        return schema;
    }

    private void check(JsonObject schema, JsonElement value, String path, List<String> problems) {
        if (schema.has("$ref")) {
            check(schema(schema.get("$ref").getAsString().substring(REF_PREFIX.length())), value, path, problems);
            return;
        }
        if (value.isJsonNull() && schema.has("nullable") && schema.get("nullable").getAsBoolean()) {
            return;
        }
        if (schema.has("anyOf") && matchingAlternatives(schema.getAsJsonArray("anyOf"), value, path) == 0) {
            problems.add(path + ": " + value + " matches none of anyOf " + schema.get("anyOf"));
        }
        if (schema.has("oneOf") && matchingAlternatives(schema.getAsJsonArray("oneOf"), value, path) != 1) {
            problems.add(path + ": " + value + " does not match exactly one of oneOf " + schema.get("oneOf"));
        }
        if (schema.has("type") && !hasType(value, schema.get("type"))) {
            problems.add(path + ": expected type " + schema.get("type") + ", got " + value);
            return;
        }
        if (schema.has("enum") && !schema.getAsJsonArray("enum").contains(value)) {
            problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            checkLength(schema, value.getAsString(), path, problems);
        }
        if (value.isJsonObject()) {
            checkObject(schema, value.getAsJsonObject(), path, problems);
        }
        if (value.isJsonArray() && schema.has("items")) {
            JsonArray items = value.getAsJsonArray();
            for (int i = 0; i < items.size(); i++) {
                check(schema.getAsJsonObject("items"), items.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private void checkObject(JsonObject schema, JsonObject object, String path, List<String> problems) {
        if (schema.has("required")) {
            for (JsonElement name : schema.getAsJsonArray("required")) {
                if (!object.has(name.getAsString())) {
                    problems.add(path + ": required field '" + name.getAsString() + "' is missing");
                }
            }
        }
        JsonObject properties = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
        boolean closed = schema.has("additionalProperties") && schema.get("additionalProperties").isJsonPrimitive()
                && !schema.get("additionalProperties").getAsBoolean();
        for (String name : object.keySet()) {
            if (properties.has(name)) {
                check(properties.getAsJsonObject(name), object.get(name), path + "." + name, problems);
            } else if (closed) {
                problems.add(path + ": field '" + name + "' is not allowed");
            }
        }
    }

    private static void checkLength(JsonObject schema, String text, String path, List<String> problems) {
        if (schema.has("minLength") && text.length() < schema.get("minLength").getAsInt()) {
            problems.add(path + ": shorter than " + schema.get("minLength"));
        }
        if (schema.has("maxLength") && text.length() > schema.get("maxLength").getAsLong()) {
            problems.add(path + ": longer than " + schema.get("maxLength"));
        }
    }

    private int matchingAlternatives(JsonArray alternatives, JsonElement value, String path) {
        int matches = 0;
        for (JsonElement alternative : alternatives) {
            List<String> problems = new ArrayList<>();
            check(alternative.getAsJsonObject(), value, path, problems);
            if (problems.isEmpty()) {
                matches++;
            }
        }
        return matches;
    }

    private static boolean hasType(JsonElement value, JsonElement type) {
        if (type.isJsonArray()) {
            for (JsonElement one : type.getAsJsonArray()) {
                if (hasType(value, one)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.getAsString()) {
            case "null" -> value.isJsonNull();
            case "object" -> value.isJsonObject();
            case "array" -> value.isJsonArray();
            case "string" -> isPrimitive(value) && value.getAsJsonPrimitive().isString();
            case "boolean" -> isPrimitive(value) && value.getAsJsonPrimitive().isBoolean();
            case "number" -> isPrimitive(value) && value.getAsJsonPrimitive().isNumber();
            case "integer" -> isPrimitive(value) && value.getAsJsonPrimitive().isNumber() && isWhole(value.getAsJsonPrimitive());
            default -> throw new IllegalArgumentException("unknown schema type " + type);
        };
    }

    private static boolean isPrimitive(JsonElement value) {
        return value.isJsonPrimitive();
    }

    private static boolean isWhole(JsonPrimitive number) {
        return number.getAsBigDecimal().stripTrailingZeros().scale() <= 0;
    }
}
