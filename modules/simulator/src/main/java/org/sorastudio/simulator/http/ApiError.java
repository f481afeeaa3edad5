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

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer in the API's shape: {@code {"error": {"message", "type", "param", "code"}}} with an
 * HTTP status and any extra headers (such as {@code retry-after}). Thrown anywhere while handling a
 * request; the handler turns it into the response.
 */
public final class ApiError extends RuntimeException {

    private static final String INVALID_REQUEST = "invalid_request_error";

    private final int status;
    private final String type;
    private final String param;
    private final String code;
    private final Map<String, String> headers = new LinkedHashMap<>();

    ApiError(int status, String type, String message, String param, String code) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
    }

    static ApiError invalidRequest(String message, String param, String code) {
        return new ApiError(400, INVALID_REQUEST, message, param, code);
    }

    static ApiError missingParameter(String param) {
        return invalidRequest("Missing required parameter: '" + param + "'.", param, "missing_required_parameter");
    }

    static ApiError unknownParameter(String param) {
        return invalidRequest("Unknown parameter: '" + param + "'.", param, "unknown_parameter");
    }

    static ApiError invalidValue(String param, String value, List<String> supported) {
        return invalidRequest("Invalid value: '" + value + "'. Supported values are: " + quotedList(supported) + ".",
                param, "invalid_value");
    }

    static ApiError invalidType(String param, String expected, String actual) {
        return invalidRequest("Invalid type for '" + param + "': expected " + expected + ", but got " + actual
                + " instead.", param, "invalid_type");
    }

    static ApiError notFound(String message, String param) {
        return new ApiError(404, INVALID_REQUEST, message, param, null);
    }

    /** What OpenAI answers for a model it does not serve (or the key may not use). */
    static ApiError modelNotFound(String model) {
        return new ApiError(404, INVALID_REQUEST, "The model `" + model + "` does not exist or you do not have access to it.",
                null, "model_not_found");
    }

    static ApiError invalidUrl(String method, String path) {
        return new ApiError(404, INVALID_REQUEST, "Invalid URL (" + method + " " + path + ")", null, null);
    }

    static ApiError invalidApiKey(String message) {
        return new ApiError(401, INVALID_REQUEST, message, null, "invalid_api_key");
    }

    static ApiError rateLimited(String message, long retryAfterMillis) {
        ApiError error = new ApiError(429, "requests", message, null, "rate_limit_exceeded");
        error.headers.put("retry-after", Long.toString(Math.max(1, (retryAfterMillis + 999) / 1000)));
        error.headers.put("retry-after-ms", Long.toString(retryAfterMillis));
        return error;
    }

    static ApiError insufficientQuota() {
        return new ApiError(429, "insufficient_quota", "You exceeded your current quota, please check your plan and "
                + "billing details. For more information on this error, read the docs: "
                + "https://platform.openai.com/docs/guides/error-codes/api-errors.", null, "insufficient_quota");
    }

    static ApiError serverError(int status) {
        String message = status == 503 ? "The server is overloaded or not ready yet."
                : "The server had an error while processing your request. Sorry about that!";
        return new ApiError(status, "server_error", message, null, null);
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /** The response body. */
    public JsonObject body() {
        JsonObject error = new JsonObject();
        error.addProperty("message", getMessage());
        error.addProperty("type", type);
        error.add("param", param == null ? JsonNull.INSTANCE : new JsonPrimitive(param));
        error.add("code", code == null ? JsonNull.INSTANCE : new JsonPrimitive(code));
        JsonObject body = new JsonObject();
        body.add("error", error);
        return body;
    }

    /** 'a', 'b', and 'c' — the way the API lists allowed values. */
    private static String quotedList(List<String> values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(values.size() > 2 ? ", " : " ");
            }
            if (i == values.size() - 1 && i > 0) {
                text.append("and ");
            }
            text.append('\'').append(values.get(i)).append('\'');
        }
        return text.toString();
    }
}
