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

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request and its response, with the reading and writing the endpoints need. */
public final class ApiExchange {

    /** Larger uploads are refused; reference images are far smaller. */
    private static final int MAX_BODY_BYTES = 64 * 1024 * 1024;
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private final HttpExchange exchange;
    private final String path;
    private final Map<String, String> query;
    private final long startNanos = System.nanoTime();
    private String apiKey;

    ApiExchange(HttpExchange exchange, String path) {
        this.exchange = exchange;
        this.path = path;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    public String method() {
        return exchange.getRequestMethod();
    }

    /** The path below {@code /v1}, without a trailing slash, e.g. {@code /videos/video_1}. */
    public String path() {
        return path;
    }

    /** A decoded query parameter, or null. */
    public String queryParameter(String name) {
        return query.get(name);
    }

    /** A request header, or null. */
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The bearer key the request was authenticated with. */
    public String apiKey() {
        return apiKey;
    }

    void apiKey(String key) {
        this.apiKey = key;
    }

    public byte[] body() throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw ApiError.invalidRequest("The request body is larger than " + MAX_BODY_BYTES + " bytes.",
                        null, null);
            }
            return body;
        }
    }

    public void responseHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    public void sendJson(int status, JsonElement body) throws IOException {
        byte[] bytes = GSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        sendHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Starts a binary response of {@code length} bytes; the caller writes and closes the stream. */
    public OutputStream startBinary(int status, String contentType, long length) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        sendHeaders(status, length);
        return exchange.getResponseBody();
    }

    /** Answers with no body (used for 416). */
    public void sendEmpty(int status) throws IOException {
        sendHeaders(status, -1);
    }

    private void sendHeaders(int status, long length) throws IOException {
        responseHeader("openai-processing-ms", Long.toString((System.nanoTime() - startNanos) / 1_000_000));
        exchange.sendResponseHeaders(status, length);
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
