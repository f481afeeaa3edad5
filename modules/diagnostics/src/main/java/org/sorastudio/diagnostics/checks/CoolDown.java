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

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sorastudio.openai.RateLimitSnapshot;

/**
 * How long a server still wants the studio to wait, from the rate limits it reported last: what
 * {@code retry-after} said on a 429 (or any answer), else, when the request budget is used up, until
 * it resets; counted from when the answer came.
 */
public final class CoolDown {

    private CoolDown() {
    }

    /** The wait left at {@code now}, or empty when the server asked for none or it is over. */
    public static Optional<Duration> left(RateLimitSnapshot snapshot, Instant now) {
        Duration asked = snapshot.retryAfter() != null ? snapshot.retryAfter()
                : snapshot.requestsExhausted() ? snapshot.resetRequests() : null;
        if (asked == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, snapshot.observedAt().plus(asked));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }
}
