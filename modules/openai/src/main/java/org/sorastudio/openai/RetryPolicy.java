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
import java.util.Objects;

/**
 * How the client retries retryable failures: exponential backoff with full jitter (a random wait
 * between 0 and {@code min(maxDelay, baseDelay * 2^attempt)}), or the server's {@code retry-after}
 * when it sent one, within two budgets: a number of retries and a total waiting time per call.
 *
 * @param maxRetries   retries after the first attempt; 0 disables retrying
 * @param baseDelay    backoff for the first retry before jitter
 * @param maxDelay     cap of one backoff wait (a server's retry-after may exceed it, up to the budget)
 * @param maxTotalWait total waiting time one call may spend on retries; past it the failure surfaces
 * @param jitter       the random share of each backoff wait, 0 (the full wait, always) to 1 (full jitter: anywhere
 *                     from 0 to the wait)
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxTotalWait, double jitter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(8),
            Duration.ofSeconds(60));

    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxTotalWait, "maxTotalWait");
        if (maxRetries < 0 || baseDelay.isNegative() || maxDelay.isNegative() || maxTotalWait.isNegative()) {
            throw new IllegalArgumentException("retry policy values must not be negative: " + maxRetries + ", "
                    + baseDelay + ", " + maxDelay + ", " + maxTotalWait);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
    }

    /** With full jitter. */
    public RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxTotalWait) {
        this(maxRetries, baseDelay, maxDelay, maxTotalWait, 1.0);
    }
}
