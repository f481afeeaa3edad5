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

import java.time.Duration;
import java.time.Instant;

/**
 * The rate-limit headers of one response. Every field but {@code observedAt} and {@code
 * statusCode} is {@code null} when the server did not send the header.
 *
 * @param observedAt        when the response arrived
 * @param statusCode        the response's HTTP status
 * @param limitRequests     {@code x-ratelimit-limit-requests}
 * @param remainingRequests {@code x-ratelimit-remaining-requests}
 * @param resetRequests     {@code x-ratelimit-reset-requests} (e.g. "6m0s")
 * @param limitTokens       {@code x-ratelimit-limit-tokens}
 * @param remainingTokens   {@code x-ratelimit-remaining-tokens}
 * @param resetTokens       {@code x-ratelimit-reset-tokens}
 * @param retryAfter        {@code retry-after-ms}, else {@code retry-after} (seconds or an HTTP date)
 */
public record RateLimitSnapshot(Instant observedAt, int statusCode, Long limitRequests, Long remainingRequests,
        Duration resetRequests, Long limitTokens, Long remainingTokens, Duration resetTokens, Duration retryAfter) {

    /** True if the response carried any rate-limit information at all. */
    public boolean isPresent() {
        return limitRequests != null || remainingRequests != null || resetRequests != null
                || limitTokens != null || remainingTokens != null || resetTokens != null || retryAfter != null;
    }

    /** True if the request budget is used up until {@link #resetRequests()}. */
    public boolean requestsExhausted() {
        return remainingRequests != null && remainingRequests <= 0;
    }
}
