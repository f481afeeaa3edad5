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
import java.util.Optional;

/**
 * 429. Either "slow down" (a rate limit: wait {@link #retryAfter()} and try again) or "insufficient
 * quota" (the account is out of credit: waiting does not help, the user must act).
 */
public final class RateLimitException extends ApiException {

    private final boolean quotaExhausted;
    private final RateLimitSnapshot rateLimits;

    public RateLimitException(String message, Failure failure, boolean quotaExhausted, RateLimitSnapshot rateLimits) {
        super(message, failure, null);
        this.quotaExhausted = quotaExhausted;
        this.rateLimits = rateLimits;
    }

    public boolean isQuotaExhausted() {
        return quotaExhausted;
    }

    /** The server's {@code retry-after-ms} or {@code retry-after}, if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(rateLimits.retryAfter());
    }

    public RateLimitSnapshot rateLimits() {
        return rateLimits;
    }
}
