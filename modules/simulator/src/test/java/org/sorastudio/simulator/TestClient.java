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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Talks to a simulator over real loopback HTTP with the JDK client, and checks every JSON body it
 * receives against the OpenAPI schema for that endpoint and status, failing the test on drift.
 */
final class TestClient {

    private static final SchemaChecker SCHEMAS = SchemaChecker.load();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI baseUrl;
    private final String apiKey;
    private final Map<String, AtomicInteger> checkedBodies = new ConcurrentHashMap<>();

    TestClient(URI baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /**
     * A response with its JSON body.
     *
     * @param status HTTP status
     * @param json   the body
     * @param raw    the whole response
     */
    record Reply(int status, JsonObject json, HttpResponse<byte[]> raw) {

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String errorCode() {
            return json.getAsJsonObject("error").get("code").isJsonNull() ? null
                    : json.getAsJsonObject("error").get("code").getAsString();
        }

        String errorParam() {
            return json.getAsJsonObject("error").get("param").isJsonNull() ? null
                    : json.getAsJsonObject("error").get("param").getAsString();
        }

        String errorType() {
            return json.getAsJsonObject("error").get("type").getAsString();
        }

        String errorMessage() {
            return json.getAsJsonObject("error").get("message").getAsString();
        }
    }

    TestClient withKey(String otherKey) {
        return new TestClient(baseUrl, otherKey);
    }

    Reply get(String path) {
        return send("GET", path, request(path).GET());
    }

    Reply delete(String path) {
        return send("DELETE", path, request(path).DELETE());
    }

    Reply postJson(String path, String json) {
        return send("POST", path, request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply postMultipart(String path, MultipartBody form) {
        return postRaw(path, form.contentType(), form.bytes());
    }

    Reply postRaw(String path, String contentType, byte[] body) {
        return send("POST", path, request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Creates a job from a prompt with the given fields and returns its VideoResource. */
    JsonObject create(String prompt, String size, String seconds) {
        Reply reply = postMultipart("/videos", new MultipartBody().field("prompt", prompt).field("model", "sora-2")
                .field("size", size).field("seconds", seconds));
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
        return reply.json();
    }

    /** Binary GET (content downloads), with optional extra headers as name/value pairs. */
    HttpResponse<byte[]> download(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls a job until it is completed or failed, returning every state seen (the last one terminal). */
    List<JsonObject> pollUntilTerminal(String id) {
        List<JsonObject> states = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Reply reply = get("/videos/" + id);
            assertThat(reply.status()).isEqualTo(200);
            states.add(reply.json());
            String status = reply.json().get("status").getAsString();
            if (status.equals("completed") || status.equals("failed")) {
                return states;
            }
            sleep(Long.parseLong(reply.header("openai-poll-after-ms")));
        }
        return fail("video " + id + " did not finish within 60 s; last state " + states.get(states.size() - 1));
    }

    /** How many bodies were checked against each schema. */
    Map<String, AtomicInteger> checkedBodies() {
        return checkedBodies;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        return builder;
    }

    private Reply send(String method, String path, HttpRequest.Builder request) {
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(response.headers().firstValue("content-type")).contains("application/json");
        assertThat(response.headers().firstValue("x-request-id")).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
        JsonObject json = JsonParser.parseString(new String(response.body(), StandardCharsets.UTF_8)).getAsJsonObject();
        String schema = schemaFor(method, path, response.statusCode());
        assertThat(SCHEMAS.check(schema, json)).as("%s %s -> %d body %s against %s", method, path,
                response.statusCode(), json, schema).isEmpty();
        checkedBodies.computeIfAbsent(schema, name -> new AtomicInteger()).incrementAndGet();
        return new Reply(response.statusCode(), json, response);
    }

    /** The schema the OpenAPI description gives for this operation's response. */
    static String schemaFor(String method, String path, int status) {
        if (status >= 400) {
            return "ErrorResponse";
        }
        String bare = path.replaceAll("\\?.*", "");
        if (bare.equals("/videos/extensions") || bare.equals("/videos/edits")) {
            return "VideoResource";
        }
        if (bare.startsWith("/videos/characters")) {
            return "VideoCharacterResource";
        }
        String route = path.replaceAll("\\?.*", "").replaceAll("/videos/[^/]+", "/videos/{id}")
                .replaceAll("/models/[^/]+", "/models/{id}");
        return switch (method + " " + route) {
            case "POST /videos", "GET /videos/{id}", "POST /videos/{id}/remix" -> "VideoResource";
            case "GET /videos" -> "VideoListResource";
            case "DELETE /videos/{id}" -> "DeletedVideoResource";
            case "GET /models" -> "ListModelsResponse";
            case "GET /models/{id}" -> "Model";
            case "POST /moderations" -> "CreateModerationResponse";
            default -> throw new IllegalArgumentException("no schema known for " + method + " " + path);
        };
    }
}
