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
package org.sorastudio.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of failure has a next step, and the most specific advice the server's answer allows wins. */
class FailureAdviceTest {

    private Locale previous;

    @BeforeEach
    void english() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(previous);
    }

    @ParameterizedTest
    @EnumSource(Failure.Kind.class)
    void everyKindHasANextStepWithoutFormattingLeftovers(Failure.Kind kind) {
        String advice = FailureAdvice.nextStep(Failure.of(kind, "it failed"));

        assertThat(advice).isNotBlank().endsWith(".").doesNotContain("{", "}", "''");
    }

    @Test
    void eachKindSaysWhatThatKindNeeds() {
        assertThat(advice(Failure.Kind.MODERATION)).startsWith("Rewrite the prompt");
        assertThat(advice(Failure.Kind.QUOTA)).startsWith("Top up the account's credit");
        assertThat(advice(Failure.Kind.NETWORK)).contains("internet connection");
        assertThat(advice(Failure.Kind.FILE)).contains("free space");
        assertThat(advice(Failure.Kind.MEDIA)).contains("ffmpeg");
        assertThat(advice(Failure.Kind.TIMEOUT)).contains("maximum wait");
        assertThat(advice(Failure.Kind.SERVER)).contains("request id");
        assertThat(advice(Failure.Kind.SETUP)).contains("Tools > Options");
        assertThat(advice(Failure.Kind.INVALID_INPUT)).contains("Shot editor");
        assertThat(advice(Failure.Kind.API_ERROR)).contains("change what it names");
    }

    @Test
    void aRateLimitNamesTheWaitTheServerAskedForOrAMinute() {
        Failure limited = new Failure(Failure.Kind.RATE_LIMIT, "slow down", 429, "requests", "rate_limit_exceeded", null, List.of(),
                Duration.ofMillis(12_300));

        assertThat(FailureAdvice.nextStep(limited)).startsWith("Wait 13 s for the cool-down").contains("lower the parallel job limit");
        assertThat(advice(Failure.Kind.RATE_LIMIT)).startsWith("Wait a minute for the cool-down");
    }

    @Test
    void theErrorCodeWinsOverTheFieldTheFieldOverTheStatusAndTheStatusOverTheKind() {
        assertThat(FailureAdvice.nextStep(refused(401, "invalid_api_key", "size"))).startsWith("Check the profile's API key");
        assertThat(FailureAdvice.nextStep(refused(400, "invalid_value", "size"))).startsWith("Choose a size the model supports");
        assertThat(FailureAdvice.nextStep(refused(403, "unknown_code", "unknown_field"))).contains("organisation or project");
        assertThat(FailureAdvice.nextStep(refused(418, null, null))).isEqualTo(advice(Failure.Kind.API_ERROR));
    }

    @Test
    void theFieldAndStatusCountOnlyForARefusedRequest() {
        Failure serverSide = new Failure(Failure.Kind.SERVER, "the server failed", 500, "server_error", null, "size", List.of(), null);

        assertThat(FailureAdvice.nextStep(serverSide)).isEqualTo(advice(Failure.Kind.SERVER));
    }

    private static Failure refused(int status, String code, String param) {
        return new Failure(Failure.Kind.API_ERROR, "refused", status, "invalid_request_error", code, param, List.of("req_1"), null);
    }

    private static String advice(Failure.Kind kind) {
        return FailureAdvice.nextStep(Failure.of(kind, "it failed"));
    }
}
