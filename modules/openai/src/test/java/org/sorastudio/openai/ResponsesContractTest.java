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

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** {@code respond} over HTTP against the simulator's {@code /responses}: the text, its usage, and the ways it fails. */
class ResponsesContractTest {

    private static final RetryPolicy FAST = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofSeconds(20));

    private static SimulatorServer simulator;
    private static VideoApiClient client;

    @BeforeAll
    static void start() {
        simulator = SimulatorServer.start(SimulatorConfig.builder().seed(12).moderationWords(Set.of("explode")).build());
        client = VideoApiClient.builder(simulator.baseUrl(), "sk-responses").retryPolicy(FAST).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void theAnswerTextAndItsTokensAreRead() {
        TextResponse answer = client.respond("gpt-4.1-mini", "Rewrite it.", "The car will explode at dawn", 200);

        assertThat(answer.completed()).isTrue();
        assertThat(answer.id()).startsWith("resp_");
        assertThat(answer.model()).isEqualTo("gpt-4.1-mini");
        assertThat(answer.text()).isEqualTo("The car will at dawn");
        assertThat(answer.usage()).isEqualTo(new TextResponse.TokenUsage(3 + 7, 5, 15));
        assertThat(answer.incompleteReason()).isNull();
    }

    @Test
    void anAnswerCutShortIsIncompleteAndEmpty() {
        TextResponse answer = client.respond("gpt-4.1-mini", "Rewrite it.", "The car will explode at dawn", 1);

        assertThat(answer.completed()).isFalse();
        assertThat(answer.text()).isEmpty();
        assertThat(answer.incompleteReason()).isEqualTo("max_output_tokens");
        assertThat(answer.usage().outputTokens()).isEqualTo(1);
    }

    @Test
    void anUnknownModelIsAnInvalidRequestWithTheServersCode() {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> client.respond("gpt-none", "Rewrite it.", "hello", 50));

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.error()).hasValueSatisfying(error -> assertThat(error.code()).isEqualTo("model_not_found"));
    }

    @Test
    void aSlowAnswerTimesOutAndIsNotSentTwice() {
        try (SimulatorServer slow = SimulatorServer.start(SimulatorConfig.builder().slowResponseMillis(1500).build());
             VideoApiClient impatient = VideoApiClient.builder(slow.baseUrl(), "sk-slow").retryPolicy(FAST)
                     .readTimeout(Duration.ofMillis(300)).build()) {
            ApiConnectionException timedOut = catchThrowableOfType(ApiConnectionException.class,
                    () -> impatient.respond("gpt-4.1-mini", "Rewrite it.", "hello", 50));

            assertThat(timedOut).isNotNull();
            assertThat(slow.requestCount()).as("a request that costs tokens is not retried").isEqualTo(1);
        }
    }
}
