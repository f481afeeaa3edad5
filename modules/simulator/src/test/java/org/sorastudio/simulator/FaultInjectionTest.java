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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    @Test
    void promptWithAModerationWordEndsFailedWithModerationBlocked() {
        SimulatorConfig config = SimulatorConfig.builder().renderMillisPerVideoSecond(20)
                .moderationWords(Set.of("Explosion", "gore")).build();
        try (SimulatorServer server = SimulatorServer.start(config)) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            String blocked = client.create("A huge EXPLOSION downtown", "720x1280", "4").get("id").getAsString();
            String fine = client.create("Explosions-free: a calm lake", "720x1280", "4").get("id").getAsString();

            List<JsonObject> states = client.pollUntilTerminal(blocked);

            JsonObject failed = states.get(states.size() - 1);
            assertThat(failed.get("status").getAsString()).isEqualTo("failed");
            assertThat(failed.getAsJsonObject("error").get("code").getAsString()).isEqualTo("moderation_blocked");
            assertThat(failed.getAsJsonObject("error").get("message").getAsString()).contains("moderation");
            assertThat(failed.get("completed_at").isJsonNull()).isTrue();
            TestClient.Reply content = client.get("/videos/" + blocked + "/content");
            assertThat(content.status()).isEqualTo(404);
            assertThat(content.errorMessage()).contains("failed to generate");
            List<JsonObject> fineStates = client.pollUntilTerminal(fine);
            assertThat(fineStates.get(fineStates.size() - 1).get("status").getAsString()).isEqualTo("completed");
        }
    }

    @Test
    void moderationsEndpointFlagsTheSameWords() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder()
                .moderationWords(Set.of("gore")).build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");

            JsonObject result = client.postJson("/moderations", "{\"input\": [\"so much gore\", \"a sunny meadow\"]}")
                    .json();

            assertThat(result.get("model").getAsString()).isEqualTo("omni-moderation-latest");
            assertThat(result.getAsJsonArray("results").get(0).getAsJsonObject().get("flagged").getAsBoolean()).isTrue();
            assertThat(result.getAsJsonArray("results").get(1).getAsJsonObject().get("flagged").getAsBoolean()).isFalse();
            assertThat(client.postJson("/moderations", "{}").errorCode()).isEqualTo("missing_required_parameter");
        }
    }

    @Test
    void aGatewayWithoutAListEndpointThatFailsEveryCreate() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().createServerError(502)
                .listVideos(false).build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");

            TestClient.Reply create = client.postJson("/videos", "{\"prompt\": \"A lighthouse\", \"model\": \"sora-2\"}");
            TestClient.Reply list = client.get("/videos");

            assertThat(create.status()).isEqualTo(502);
            assertThat(create.errorType()).isEqualTo("server_error");
            assertThat(list.status()).isEqualTo(404);
            assertThat(list.errorMessage()).contains("Invalid URL (GET /v1/videos)");
            assertThat(server.createRequests()).isEqualTo(1);
            assertThat(server.acceptedCreates()).isZero();
            assertThat(client.get("/models").status()).isEqualTo(200);
        }
    }

    @Test
    void failureRateOneFailsEveryJobPartWay() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(20)
                .failureRate(1).build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");

            List<JsonObject> states = client.pollUntilTerminal(
                    client.create("Doomed", "720x1280", "8").get("id").getAsString());

            JsonObject failed = states.get(states.size() - 1);
            assertThat(failed.get("status").getAsString()).isEqualTo("failed");
            assertThat(failed.getAsJsonObject("error").get("code").getAsString()).isEqualTo("video_generation_failed");
            assertThat(failed.get("progress").getAsInt()).isBetween(25, 75);
        }
    }

    @Test
    void theSameSeedGivesTheSameIdsAndOutcomes() {
        SimulatorConfig config = SimulatorConfig.builder().seed(1234).renderMillisPerVideoSecond(10).failureRate(0.5)
                .build();
        List<String> first = outcomes(config);
        List<String> second = outcomes(config);

        assertThat(first).isEqualTo(second);
        assertThat(first).anyMatch(outcome -> outcome.endsWith("failed")).anyMatch(outcome -> outcome.endsWith("completed"));
        assertThat(outcomes(config.toBuilder().seed(99).build())).isNotEqualTo(first);
    }

    private static List<String> outcomes(SimulatorConfig config) {
        try (SimulatorServer server = SimulatorServer.start(config)) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            List<String> outcomes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = client.create("Clip " + i, "720x1280", "4").get("id").getAsString();
                List<JsonObject> states = client.pollUntilTerminal(id);
                outcomes.add(id + " " + states.get(states.size() - 1).get("status").getAsString());
            }
            return outcomes;
        }
    }

    @Test
    void serverErrorBurstAnswers500And503ThenRecovers() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().serverErrorBurst(2).build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");

            TestClient.Reply first = client.get("/models");
            TestClient.Reply second = client.get("/models");
            TestClient.Reply third = client.get("/models");
            server.injectServerErrors(1);
            TestClient.Reply injected = client.get("/models");

            assertThat(first.status()).isEqualTo(500);
            assertThat(first.errorType()).isEqualTo("server_error");
            assertThat(second.status()).isEqualTo(503);
            assertThat(third.status()).isEqualTo(200);
            assertThat(injected.status()).isIn(500, 503);
            assertThat(client.get("/models").status()).isEqualTo(200);
            assertThat(server.requestCount()).isEqualTo(5);
        }
    }

    @Test
    void slowResponsesOutlastAShortClientTimeout() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().slowResponseMillis(3000).build())) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/models"))
                    .header("Authorization", "Bearer sk-test").timeout(Duration.ofMillis(200)).build();

            assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void firstDownloadIsCutAndCanBeResumedWithARange() throws Exception {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(10)
                .resetDownloadAfterBytes(4096).build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            String id = client.create("Cut me", "720x1280", "4").get("id").getAsString();
            client.pollUntilTerminal(id);
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/videos/" + id + "/content"))
                    .header("Authorization", "Bearer sk-test").build();

            HttpResponse<InputStream> cut = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            long announced = cut.headers().firstValueAsLong("content-length").orElseThrow();
            byte[] received = readUntilFailure(cut.body());

            assertThat(received).hasSize(4096);
            assertThat(announced).isGreaterThan(4096);
            HttpResponse<byte[]> rest = client.download("/videos/" + id + "/content", "Range", "bytes=4096-");
            assertThat(rest.statusCode()).isEqualTo(206);
            byte[] whole = client.download("/videos/" + id + "/content").body();
            assertThat(whole).hasSize((int) announced);
            assertThat(received).isEqualTo(Arrays.copyOf(whole, 4096));
            assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(whole, 4096, whole.length));
        }
    }

    private static byte[] readUntilFailure(InputStream body) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        try (body) {
            int read;
            while ((read = body.read(buffer)) >= 0) {
                received.write(buffer, 0, read);
            }
        } catch (IOException expected) {
            // the simulator cut the connection: keep what arrived
        }
        return received.toByteArray();
    }

    @Test
    void stuckJobStaysAt99ButItsContentIsDownloadable() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(10)
                .stickAt99(true).build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            String id = client.create("Almost there", "720x1280", "4").get("id").getAsString();
            TestClient.sleep(500);

            JsonObject state = client.get("/videos/" + id).json();
            HttpResponse<byte[]> content = client.download("/videos/" + id + "/content");

            assertThat(state.get("status").getAsString()).isEqualTo("in_progress");
            assertThat(state.get("progress").getAsInt()).isEqualTo(99);
            assertThat(content.statusCode()).isEqualTo(200);
            assertThat(MediaProbe.of(content.body()).stream("video").get("codec_name").getAsString()).isEqualTo("h264");
        }
    }

    @Test
    void jobsBeyondMaxConcurrentJobsWaitQueued() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(2000)
                .maxConcurrentJobs(1).build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            String first = client.create("First", "720x1280", "4").get("id").getAsString();
            String second = client.create("Second", "720x1280", "4").get("id").getAsString();
            while (!client.get("/videos/" + first).json().get("status").getAsString().equals("in_progress")) {
                TestClient.sleep(20);
            }

            assertThat(client.get("/videos/" + second).json().get("status").getAsString()).isEqualTo("queued");
        }
    }
}
