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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.openai.RateLimitSnapshot;

/**
 * A profile's rate-limit and quota state in words, from the {@code x-ratelimit-*} and {@code retry-after} headers its
 * server sent last: what is left of the request and token budgets and when they refill, or how long to wait.
 */
@Messages({
    "RateState.none=no requests yet in this session",
    "RateState.noHeaders=the server sends no rate-limit headers",
    "# {0} - seconds",
    "RateState.wait=rate limited: wait {0} s",
    "# {0} - left",
    "# {1} - limit",
    "RateState.requests={0} of {1} requests left",
    "# {0} - left",
    "# {1} - limit",
    "RateState.tokens={0} of {1} tokens left",
    "RateState.spent=request budget spent",
    "# {0} - seconds",
    "RateState.refills=refills in {0} s"
})
final class RateState {

    private RateState() {
    }

    /** "57 of 60 requests left, refills in 12 s", "rate limited: wait 8 s", or that nothing is known yet. */
    static String describe(RateLimitSnapshot snapshot, Instant now) {
        if (snapshot == null) {
            return Bundle.RateState_none();
        }
        if (!snapshot.isPresent()) {
            return Bundle.RateState_noHeaders();
        }
        if (snapshot.retryAfter() != null) {
            long left = secondsLeft(snapshot.observedAt().plus(snapshot.retryAfter()), now);
            if (left > 0) {
                return Bundle.RateState_wait(left);
            }
        }
        List<String> parts = new ArrayList<>();
        if (snapshot.requestsExhausted()) {
            parts.add(Bundle.RateState_spent());
        } else if (snapshot.remainingRequests() != null && snapshot.limitRequests() != null) {
            parts.add(Bundle.RateState_requests(snapshot.remainingRequests(), snapshot.limitRequests()));
        }
        if (snapshot.remainingTokens() != null && snapshot.limitTokens() != null) {
            parts.add(Bundle.RateState_tokens(snapshot.remainingTokens(), snapshot.limitTokens()));
        }
        if (snapshot.resetRequests() != null) {
            long left = secondsLeft(snapshot.observedAt().plus(snapshot.resetRequests()), now);
            if (left > 0) {
                parts.add(Bundle.RateState_refills(left));
            }
        }
        return parts.isEmpty() ? Bundle.RateState_noHeaders() : String.join(", ", parts);
    }

    private static long secondsLeft(Instant until, Instant now) {
        long millis = Duration.between(now, until).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }
}
