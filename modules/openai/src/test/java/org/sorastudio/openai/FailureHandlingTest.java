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
package org.sorastudio.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sorastudio.openai.ScriptedServer.dropConnection;
import static org.sorastudio.openai.ScriptedServer.json;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Error classes and the retry rules, against a scripted loopback server: above all, a create whose
 * outcome is unknown is sent exactly once.
 */
class FailureHandlingTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(5));
    private static final String VIDEO = VideoFixtures.video("video_1", "queued", 0);

    private ScriptedServer server;
    private VideoApiClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        client = VideoApiClient.builder(server.baseUrl(), "sk-test").retryPolicy(FAST).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void createAnswered500IsNotRetriedAndMarkedOutcomeUnknown() {
        server.then(json(500, VideoFixtures.error("server_error", null, "The server had an error", null), "x-request-id", "req_500"));

        ServerException failure = catchThrowableOfType(ServerException.class, () -> client.create(prompt()));

        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.statusCode()).isEqualTo(500);
        assertThat(failure.requestId()).contains("req_500");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void createWhoseConnectionDroppedAfterSendingIsNotRetried() {
        server.then(dropConnection());

        ApiConnectionException failure = catchThrowableOfType(ApiConnectionException.class, () -> client.create(prompt()));

        assertThat(failure.mayHaveReachedServer()).isTrue();
        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(failure.statusCode()).isZero();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void remixAnswered503IsNotRetried() {
        server.then(json(503, VideoFixtures.error("server_error", null, "Overloaded", null)));

        ServerException failure = catchThrowableOfType(ServerException.class, () -> client.remix("video_1", "again"));

        assertThat(failure.isOutcomeUnknown()).isTrue();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void createRejectedWithADefinite429IsRetriedAfterTheServersWait() {
        server.then(json(429, VideoFixtures.error("requests", "rate_limit_exceeded", "Rate limit reached", null),
                "retry-after-ms", "30", "retry-after", "1"), json(200, VIDEO));

        VideoResponse created = client.create(prompt());

        assertThat(created.video().id()).isEqualTo("video_1");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void quota429IsNeverRetried() {
        server.then(json(429, VideoFixtures.error("insufficient_quota", "insufficient_quota",
                "You exceeded your current quota", null)));

        RateLimitException failure = catchThrowableOfType(RateLimitException.class, () -> client.retrieve("video_1"));

        assertThat(failure.isQuotaExhausted()).isTrue();
        assertThat(failure.error()).get().extracting(ApiError::code).isEqualTo("insufficient_quota");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void slowDown429CarriesRetryAfterWhenTheBudgetRunsOut() {
        server.otherwise(json(429, VideoFixtures.error("requests", "rate_limit_exceeded", "Slow down", null),
                "retry-after", "0"));

        RateLimitException failure = catchThrowableOfType(RateLimitException.class, () -> client.retrieve("video_1"));

        assertThat(failure.isQuotaExhausted()).isFalse();
        assertThat(failure.retryAfter()).contains(Duration.ZERO);
        assertThat(server.requests()).hasSize(1 + FAST.maxRetries());
    }

    @Test
    void retrieveRidesOutA5xxBurst() {
        server.then(json(500, "{}"), json(503, "<html>busy</html>"), json(200, VIDEO));

        assertThat(client.retrieve("video_1").video().status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void retrieveGivesUpWhenTheRetryCountIsSpent() {
        server.otherwise(json(502, "<html>Bad gateway</html>"));

        ServerException failure = catchThrowableOfType(ServerException.class, () -> client.retrieve("video_1"));

        assertThat(failure.isOutcomeUnknown()).as("a GET changes nothing").isFalse();
        assertThat(failure.getMessage()).contains("502").contains("GET /videos/video_1").contains("Bad gateway");
        assertThat(server.requests()).hasSize(1 + FAST.maxRetries());
    }

    @Test
    void waitingBudgetStopsRetriesEarly() {
        RetryPolicy tightBudget = new RetryPolicy(10, Duration.ofMillis(5), Duration.ofMillis(5), Duration.ofMillis(100));
        server.otherwise(json(503, "{}", "retry-after-ms", "60"));

        try (VideoApiClient budgeted = VideoApiClient.builder(server.baseUrl(), "k").retryPolicy(tightBudget).build()) {
            catchThrowableOfType(ServerException.class, () -> budgeted.retrieve("video_1"));
        }

        // 60 ms per wait: one retry fits into 100 ms, a second would not.
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void shouldRetryHeaderOverridesTheStatus() {
        server.then(json(503, "{}", "x-should-retry", "false"));
        catchThrowableOfType(ServerException.class, () -> client.retrieve("video_1"));
        assertThat(server.requests()).hasSize(1);

        server.then(json(400, VideoFixtures.error("invalid_request_error", null, "try again", null), "x-should-retry", "true"),
                json(200, VIDEO));
        assertThat(client.retrieve("video_1").video().id()).isEqualTo("video_1");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void refusedConnectionIsRetriedEvenForCreateAndSaysTheServerWasNotReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (VideoApiClient unreachable = VideoApiClient.builder(URI.create("http://127.0.0.1:" + closedPort + "/v1"), "k")
                .retryPolicy(FAST).build()) {
            List<RateLimitSnapshot> seen = new ArrayList<>();
            unreachable.addRateLimitListener(seen::add);

            ApiConnectionException failure = catchThrowableOfType(ApiConnectionException.class, () -> unreachable.create(prompt()));

            assertThat(failure.mayHaveReachedServer()).isFalse();
            assertThat(failure.isOutcomeUnknown()).isFalse();
            assertThat(failure.getMessage()).contains("POST /videos").contains(String.valueOf(closedPort));
            assertThat(seen).isEmpty();
        }
    }

    @Test
    void statusesMapToTheirClasses() {
        server.then(
                json(401, VideoFixtures.error("invalid_request_error", "invalid_api_key", "Incorrect API key provided", null)),
                json(403, VideoFixtures.error("invalid_request_error", "unsupported_country_region_territory", "Not supported", null)),
                json(400, VideoFixtures.error("invalid_request_error", "invalid_value", "Invalid size", "size"), "x-request-id", "req_400"),
                json(404, VideoFixtures.error("invalid_request_error", "not_found", "Video not found", null)),
                json(422, VideoFixtures.error("invalid_request_error", null, "Unprocessable", "prompt")),
                json(402, "{\"error\":\"Payment required\"}"));

        assertThat(catchThrowableOfType(AuthenticationException.class, () -> client.retrieve("v")).error().get().code())
                .isEqualTo("invalid_api_key");
        assertThat(catchThrowableOfType(AuthenticationException.class, () -> client.retrieve("v")).statusCode()).isEqualTo(403);
        InvalidRequestException invalid = catchThrowableOfType(InvalidRequestException.class, () -> client.create(prompt()));
        assertThat(invalid.error()).contains(new ApiError("invalid_request_error", "invalid_value", "Invalid size", "size"));
        assertThat(invalid.requestId()).contains("req_400");
        assertThat(invalid.isOutcomeUnknown()).isFalse();
        assertThat(invalid.getMessage()).isEqualTo("400 Bad Request from POST /videos: Invalid size "
                + "(type invalid_request_error, code invalid_value, param size) [request req_400]");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> client.retrieve("v")).isNotFound()).isTrue();
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> client.retrieve("v")).statusCode()).isEqualTo(422);
        UnexpectedResponseException other = catchThrowableOfType(UnexpectedResponseException.class, () -> client.retrieve("v"));
        assertThat(other.statusCode()).isEqualTo(402);
        assertThat(other.error().get().message()).isEqualTo("Payment required");
        assertThat(server.requests()).as("none of these is retried").hasSize(6);
    }

    @Test
    void successWithABodyThatIsNotAVideoIsAnUnexpectedResponse() {
        server.then(json(200, "{\"object\":\"video\"}"), json(200, "<html>login page</html>"));

        assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> client.retrieve("v")).getMessage())
                .contains("needs 'id' and 'status'");
        assertThat(catchThrowableOfType(UnexpectedResponseException.class, () -> client.retrieve("v")).getMessage())
                .contains("the body is a web page, not the API's JSON (is the base URL right?)", "<html>login page</html>")
                .doesNotContain("Exception", "setStrictness");
    }

    private static CreateVideoRequest prompt() {
        return CreateVideoRequest.of("A red kite over a beach", "sora-2", 4, "1280x720");
    }
}
