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
package org.sorastudio.diagnostics.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sorastudio.openai.RateLimitSnapshot;

class CoolDownTest {

    private static final Instant SEEN = Instant.parse("2026-12-02T10:00:00Z");

    private static RateLimitSnapshot snapshot(int status, Long remaining, Duration reset, Duration retryAfter) {
        return new RateLimitSnapshot(SEEN, status, 600L, remaining, reset, null, null, null, retryAfter);
    }

    @Test
    void aRetryAfterCountsDownFromWhenTheAnswerCame() {
        RateLimitSnapshot tooMany = snapshot(429, 0L, Duration.ofSeconds(40), Duration.ofSeconds(12));

        assertThat(CoolDown.left(tooMany, SEEN.plusSeconds(2))).contains(Duration.ofSeconds(10));
        assertThat(CoolDown.left(tooMany, SEEN.plusSeconds(12))).isEmpty();
    }

    @Test
    void aUsedUpBudgetWaitsForItsReset() {
        RateLimitSnapshot usedUp = snapshot(200, 0L, Duration.ofMillis(1500), null);

        assertThat(CoolDown.left(usedUp, SEEN.plusMillis(500))).contains(Duration.ofSeconds(1));
        assertThat(CoolDown.left(usedUp, SEEN.plusSeconds(2))).isEmpty();
    }

    @Test
    void requestsLeftMeanNoWait() {
        assertThat(CoolDown.left(snapshot(200, 599L, Duration.ofMillis(100), null), SEEN)).isEmpty();
    }
}
