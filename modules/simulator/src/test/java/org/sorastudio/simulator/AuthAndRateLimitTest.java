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

import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthAndRateLimitTest {

    @Test
    void requestWithoutKeyIsUnauthorized() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().build())) {
            TestClient.Reply reply = new TestClient(server.baseUrl(), null).get("/videos");

            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.errorType()).isEqualTo("invalid_request_error");
            assertThat(reply.errorCode()).isEqualTo("invalid_api_key");
            assertThat(reply.errorMessage()).contains("You didn't provide an API key");
        }
    }

    @Test
    void anyKeyIsAcceptedUnlessValidKeysAreConfigured() {
        try (SimulatorServer open = SimulatorServer.start(SimulatorConfig.builder().build());
             SimulatorServer closed = SimulatorServer.start(SimulatorConfig.builder()
                     .validKeys(Set.of("sk-right-key-0001")).build())) {
            assertThat(new TestClient(open.baseUrl(), "whatever").get("/models").status()).isEqualTo(200);
            assertThat(new TestClient(closed.baseUrl(), "sk-right-key-0001").get("/models").status()).isEqualTo(200);

            TestClient.Reply wrong = new TestClient(closed.baseUrl(), "sk-wrong-key-9999").get("/models");

            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.errorCode()).isEqualTo("invalid_api_key");
            assertThat(wrong.errorMessage()).startsWith("Incorrect API key provided: sk-****9999.")
                    .doesNotContain("sk-wrong-key-9999");
        }
    }

    @Test
    void everyResponseCarriesTheRateLimitHeaders() {
        // One token per 10 s: the two requests below see the bucket go down by exactly one each.
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().requestsPerMinute(6).build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-a");

            TestClient.Reply first = client.get("/models");
            TestClient.Reply second = client.get("/videos/video_missing");

            assertThat(first.header("x-ratelimit-limit-requests")).isEqualTo("6");
            assertThat(first.header("x-ratelimit-remaining-requests")).isEqualTo("5");
            assertThat(first.header("x-ratelimit-reset-requests")).matches("\\d+(\\.\\d+)?s");
            assertThat(second.status()).isEqualTo(404);
            assertThat(second.header("x-ratelimit-remaining-requests")).isEqualTo("4");
        }
    }

    @Test
    void requestsBeyondThePerMinuteLimitGet429WithRetryAfterAndOtherKeysAreUnaffected() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().requestsPerMinute(5).build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-busy");
            for (int i = 0; i < 5; i++) {
                assertThat(client.get("/models").status()).isEqualTo(200);
            }

            TestClient.Reply limited = client.get("/models");

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.errorType()).isEqualTo("requests");
            assertThat(limited.errorCode()).isEqualTo("rate_limit_exceeded");
            assertThat(limited.errorMessage()).startsWith("Rate limit reached for requests per min (RPM): Limit 5");
            assertThat(Long.parseLong(limited.header("retry-after"))).isBetween(1L, 12L);
            assertThat(Long.parseLong(limited.header("retry-after-ms"))).isBetween(1L, 12_000L);
            assertThat(limited.header("x-ratelimit-limit-requests")).isEqualTo("5");
            assertThat(limited.header("x-ratelimit-remaining-requests")).isEqualTo("0");
            assertThat(new TestClient(server.baseUrl(), "sk-other").get("/models").status()).isEqualTo(200);
        }
    }

    @Test
    void createsBeyondTheQuotaGetInsufficientQuota() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().createQuota(2)
                .renderMillisPerVideoSecond(60_000).build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-poor");
            client.create("one", "720x1280", "4");
            client.create("two", "720x1280", "4");

            TestClient.Reply third = client.postJson("/videos", "{\"prompt\": \"three\"}");

            assertThat(third.status()).isEqualTo(429);
            assertThat(third.errorType()).isEqualTo("insufficient_quota");
            assertThat(third.errorCode()).isEqualTo("insufficient_quota");
            assertThat(third.header("retry-after")).isNull();
            assertThat(server.acceptedCreates()).isEqualTo(2);
            assertThat(client.get("/videos").status()).as("reads are not charged to the quota").isEqualTo(200);
        }
    }
}
