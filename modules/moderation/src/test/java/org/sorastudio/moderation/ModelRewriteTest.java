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
package org.sorastudio.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sorastudio.moderation.api.BlockExplanation;
import org.sorastudio.moderation.api.ModelRewrite;
import org.sorastudio.moderation.api.ModelRewriteException;
import org.sorastudio.moderation.api.PromptSafety;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/**
 * A rewrite written by a language model, over HTTP: against the simulator's {@code /responses} (the blocked words
 * left out, real usage), and against a scripted server for the answers the simulator never gives (nothing, or a
 * rewrite still flagged). Each useless answer gets a sentence for a person with what it cost.
 */
class ModelRewriteTest {

    private static final String BLOCKED = "A knight rides to the castle. The gate will explode as he arrives.";
    private static SimulatorServer simulator;
    private static VideoApiClient client;

    @BeforeAll
    static void start() {
        simulator = SimulatorServer.start(SimulatorConfig.builder().seed(6).moderationWords(Set.of("explode")).build());
        client = VideoApiClient.builder(simulator.baseUrl(), "sk-model-rewrite").build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void theModelsRewritePassesAndSaysWhatItCost() throws Exception {
        PromptSafety safety = new PromptSafety(client, List.of());
        BlockExplanation explanation = safety.explain(BLOCKED);
        long createsBefore = simulator.createRequests();

        ModelRewrite rewrite = safety.suggestModelRewrite(BLOCKED, explanation, "gpt-4.1-mini");

        assertThat(rewrite.rewrite().prompt()).isEqualTo("A knight rides to the castle. The gate will as he arrives.");
        assertThat(rewrite.rewrite().why()).isEqualTo("Written by gpt-4.1-mini");
        assertThat(rewrite.cost().inputTokens()).isGreaterThan(BLOCKED.length() / 4);
        assertThat(rewrite.cost().outputTokens()).isEqualTo((rewrite.rewrite().prompt().length() + 3) / 4);
        assertThat(rewrite.cost().price()).isPresent();
        assertThat(rewrite.cost().describe()).matches("\\d+ tokens \\(\\d+ in, 15 out\\), (about \\$0\\.\\d+|less than \\$0\\.00001)");
        assertThat(new PromptSafety(client, List.of()).explain(rewrite.rewrite().prompt()).flagged()).isFalse();
        assertThat(simulator.createRequests()).as("nothing sent for a video").isEqualTo(createsBefore);
    }

    @Test
    void aModelWithoutAKnownPriceSaysCostUnknown() throws Exception {
        ModelRewriteException unknownModel = catchThrowableOfType(ModelRewriteException.class,
                () -> new PromptSafety(client, List.of()).suggestModelRewrite(BLOCKED, null, "gpt-none"));
        assertThat(unknownModel.getMessage()).startsWith("This server has no language model \"gpt-none\" for rewrites")
                .contains("Tools > Options > Safety");
        assertThat(unknownModel.cost()).isEmpty();

        try (ScriptedServer gateway = new ScriptedServer(Map.of("/v1/responses", answer("house-model", "A calm knight", true)))) {
            ModelRewrite rewrite = new PromptSafety(gateway.client, List.of()).suggestModelRewrite(BLOCKED, null, "house-model");
            assertThat(rewrite.cost().describe()).isEqualTo("26 tokens (20 in, 6 out), cost unknown");
        }
    }

    @Test
    void thePromptWrittenBackUnchangedIsSaidSo() {
        String clean = "A knight rides to the castle at dawn.";

        ModelRewriteException same = catchThrowableOfType(ModelRewriteException.class,
                () -> new PromptSafety(client, List.of()).suggestModelRewrite(clean, null, "gpt-5-nano"));

        assertThat(same.getMessage()).startsWith("gpt-5-nano wrote the prompt back unchanged (").contains("tokens");
        assertThat(same.cost()).isPresent();
    }

    @Test
    void anEmptyAnswerAndARewriteStillFlaggedAreSaidSo() throws Exception {
        try (ScriptedServer gateway = new ScriptedServer(Map.of("/v1/responses", answer("gpt-4o-mini", "", true)))) {
            ModelRewriteException empty = catchThrowableOfType(ModelRewriteException.class,
                    () -> new PromptSafety(gateway.client, List.of()).suggestModelRewrite(BLOCKED, null, "gpt-4o-mini"));
            assertThat(empty.getMessage()).startsWith("gpt-4o-mini wrote no rewrite (its answer was empty; 26 tokens");
        }
        try (ScriptedServer gateway = new ScriptedServer(Map.of("/v1/responses", answer("gpt-4o-mini", "", false)))) {
            ModelRewriteException cut = catchThrowableOfType(ModelRewriteException.class,
                    () -> new PromptSafety(gateway.client, List.of()).suggestModelRewrite(BLOCKED, null, "gpt-4o-mini"));
            assertThat(cut.getMessage()).contains("its answer was cut off");
        }
        String flagged = "{\"id\":\"modr-1\",\"model\":\"omni-moderation-latest\",\"results\":[{\"flagged\":true,"
                + "\"categories\":{\"violence\":true},\"category_scores\":{\"violence\":0.8}}]}";
        try (ScriptedServer gateway = new ScriptedServer(Map.of("/v1/responses", answer("gpt-4o-mini", "\"The gate blows up\"", true),
                "/v1/moderations", flagged))) {
            ModelRewriteException still = catchThrowableOfType(ModelRewriteException.class,
                    () -> new PromptSafety(gateway.client, List.of()).suggestModelRewrite(BLOCKED, null, "gpt-4o-mini"));
            assertThat(still.getMessage()).startsWith("gpt-4o-mini's rewrite is still flagged for violence (26 tokens")
                    .contains("\"The gate blows up\"");
        }
    }

    private static String answer(String model, String text, boolean completed) {
        String output = text.isEmpty() ? "[]" : "[{\"type\":\"message\",\"id\":\"msg_1\",\"status\":\"completed\",\"role\":\"assistant\","
                + "\"content\":[{\"type\":\"output_text\",\"text\":\"" + text.replace("\"", "\\\"") + "\",\"annotations\":[]}]}]";
        return "{\"id\":\"resp_1\",\"object\":\"response\",\"status\":\"" + (completed ? "completed" : "incomplete") + "\","
                + "\"model\":\"" + model + "\",\"output\":" + output
                + (completed ? "" : ",\"incomplete_details\":{\"reason\":\"max_output_tokens\"}")
                + ",\"usage\":{\"input_tokens\":20,\"output_tokens\":6,\"total_tokens\":26}}";
    }

    /** A loopback server answering each path with a fixed JSON body: the answers the simulator never gives. */
    private static final class ScriptedServer implements AutoCloseable {

        final VideoApiClient client;
        private final HttpServer server;

        ScriptedServer(Map<String, String> bodies) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String body = bodies.get(exchange.getRequestURI().getPath());
                byte[] bytes = (body != null ? body : "{\"error\":{\"message\":\"Invalid URL\",\"type\":\"invalid_request_error\"}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(body != null ? 200 : 404, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            client = VideoApiClient.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1"), "sk-x").build();
        }

        @Override
        public void close() {
            client.close();
            server.stop(0);
        }
    }
}
