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
package org.sorastudio.profiles.ui.switcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sorastudio.openai.RateLimitSnapshot;

/** A profile's rate-limit state in words, from the headers its server sent last. */
class RateStateTest {

    private static final Instant SEEN = Instant.parse("2026-12-02T18:00:00Z");

    @Test
    void budgetsLeftAndTheirRefillAreSaid() {
        RateLimitSnapshot snapshot = new RateLimitSnapshot(SEEN, 200, 60L, 57L, Duration.ofSeconds(20), 40_000L, 39_000L,
                Duration.ofSeconds(1), null);

        assertThat(RateState.describe(snapshot, SEEN.plusSeconds(8)))
                .matches("57 of 60 requests left, 39.?000 of 40.?000 tokens left, refills in 12 s");
    }

    @Test
    void aRetryAfterIsAWaitUntilItEnds() {
        RateLimitSnapshot limited = new RateLimitSnapshot(SEEN, 429, 60L, 0L, Duration.ofSeconds(30), null, null, null,
                Duration.ofSeconds(10));

        assertThat(RateState.describe(limited, SEEN.plusSeconds(2))).isEqualTo("rate limited: wait 8 s");
        assertThat(RateState.describe(limited, SEEN.plusSeconds(12))).isEqualTo("request budget spent, refills in 18 s");
    }

    @Test
    void nothingKnownIsSaidAsSuch() {
        assertThat(RateState.describe(null, SEEN)).isEqualTo("no requests yet in this session");
        assertThat(RateState.describe(new RateLimitSnapshot(SEEN, 200, null, null, null, null, null, null, null), SEEN))
                .isEqualTo("the server sends no rate-limit headers");
    }
}
