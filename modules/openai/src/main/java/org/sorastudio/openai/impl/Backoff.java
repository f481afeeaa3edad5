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
package org.sorastudio.openai.impl;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.sorastudio.openai.RetryPolicy;

/**
 * The waits of one call's retries: the server's retry-after when it sent one, else exponential
 * backoff with full jitter, until the policy's retry count or total waiting budget runs out.
 * Not thread-safe: one instance per call.
 */
final class Backoff {

    private final RetryPolicy policy;
    private final RandomGenerator random;
    private int retries;
    private Duration waited = Duration.ZERO;

    Backoff(RetryPolicy policy, RandomGenerator random) {
        this.policy = policy;
        this.random = random;
    }

    /**
     * The wait before the next retry, or empty when the budget does not allow one more. A
     * server-requested wait is honoured as is (even above the cap) as long as the budget holds it.
     */
    Optional<Duration> next(Duration serverRequested) {
        if (retries >= policy.maxRetries()) {
            return Optional.empty();
        }
        Duration wait = serverRequested != null ? serverRequested : jittered(retries);
        if (waited.plus(wait).compareTo(policy.maxTotalWait()) > 0) {
            return Optional.empty();
        }
        retries++;
        waited = waited.plus(wait);
        return Optional.of(wait);
    }

    int retries() {
        return retries;
    }

    Duration waited() {
        return waited;
    }

    /** Full jitter: uniformly random in [0, min(cap, base * 2^attempt)]. */
    private Duration jittered(int attempt) {
        double exponential = policy.baseDelay().toMillis() * Math.pow(2, attempt);
        long ceiling = (long) Math.min(policy.maxDelay().toMillis(), exponential);
        long random = (long) (ceiling * policy.jitter());
        return Duration.ofMillis(ceiling <= 0 ? 0 : ceiling - random + this.random.nextLong(random + 1));
    }
}
