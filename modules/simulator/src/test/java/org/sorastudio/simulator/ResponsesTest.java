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

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /responses} as a prompt rewrite uses it: the blocked words left out, deterministically, with the usage
 * counts the OpenAPI description requires; the documented shapes of an unknown model (404) and of an answer cut off
 * by {@code max_output_tokens} (incomplete, no output).
 */
class ResponsesTest {

    private static SimulatorServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = SimulatorServer.start(SimulatorConfig.builder().moderationWords(Set.of("explode", "gun")).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRewriteLeavesTheBlockedWordsOutAndCountsItsTokens() throws Exception {
        String body = "{\"model\": \"gpt-4.1-mini\", \"instructions\": \"Rewrite the video prompt.\","
                + " \"input\": \"A car about to explode, a gun on the seat\"}";
        JsonObject first = post(body, 200);
        JsonObject second = post(body, 200);

        assertThat(first.get("object").getAsString()).isEqualTo("response");
        assertThat(first.get("status").getAsString()).isEqualTo("completed");
        assertThat(first.get("model").getAsString()).isEqualTo("gpt-4.1-mini");
        assertThat(first.get("id").getAsString()).startsWith("resp_").isNotEqualTo(second.get("id").getAsString());
        JsonObject message = first.getAsJsonArray("output").get(0).getAsJsonObject();
        assertThat(message.get("type").getAsString()).isEqualTo("message");
        assertThat(message.get("role").getAsString()).isEqualTo("assistant");
        JsonObject text = message.getAsJsonArray("content").get(0).getAsJsonObject();
        assertThat(text.get("type").getAsString()).isEqualTo("output_text");
        assertThat(text.get("text").getAsString()).isEqualTo("A car about to, a on the seat");
        JsonObject usage = first.getAsJsonObject("usage");
        assertThat(usage.keySet()).contains("input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details",
                "total_tokens");
        assertThat(usage.get("input_tokens").getAsInt()).isEqualTo(7 + 11);
        assertThat(usage.get("output_tokens").getAsInt()).isEqualTo(8);
        assertThat(usage.get("total_tokens").getAsInt()).isEqualTo(26);
        assertThat(second.getAsJsonArray("output").get(0).getAsJsonObject().getAsJsonArray("content").get(0)
                .getAsJsonObject().get("text").getAsString()).isEqualTo("A car about to, a on the seat");
    }

    @Test
    void messagesAreReadAsWellAsAString() throws Exception {
        JsonObject reply = post("{\"model\": \"gpt-5-nano\", \"input\": [{\"role\": \"user\", \"content\":"
                + " [{\"type\": \"input_text\", \"text\": \"Fireworks explode over the bay\"}]}]}", 200);

        assertThat(reply.getAsJsonArray("output").get(0).getAsJsonObject().getAsJsonArray("content").get(0)
                .getAsJsonObject().get("text").getAsString()).isEqualTo("Fireworks over the bay");
    }

    @Test
    void anUnknownModelIsNotFoundInTheErrorShape() throws Exception {
        JsonObject error = post("{\"model\": \"gpt-none\", \"input\": \"hello\"}", 404).getAsJsonObject("error");

        assertThat(error.get("code").getAsString()).isEqualTo("model_not_found");
        assertThat(error.get("type").getAsString()).isEqualTo("invalid_request_error");
        assertThat(error.get("message").getAsString()).contains("gpt-none");
    }

    @Test
    void anAnswerCutOffByItsTokenLimitIsIncompleteWithNoOutput() throws Exception {
        JsonObject reply = post("{\"model\": \"gpt-4o-mini\", \"input\": \"A long prompt about a calm lake at dawn\","
                + " \"max_output_tokens\": 2}", 200);

        assertThat(reply.get("status").getAsString()).isEqualTo("incomplete");
        assertThat(reply.getAsJsonObject("incomplete_details").get("reason").getAsString()).isEqualTo("max_output_tokens");
        assertThat(reply.getAsJsonArray("output")).isEmpty();
        assertThat(reply.getAsJsonObject("usage").get("output_tokens").getAsInt()).isEqualTo(2);
    }

    @Test
    void aMissingModelIsAMissingParameter() throws Exception {
        assertThat(post("{\"input\": \"hello\"}", 400).getAsJsonObject("error").get("param").getAsString()).isEqualTo("model");
    }

    private static JsonObject post(String json, int status) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/responses"))
                .header("Authorization", "Bearer sk-responses").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
