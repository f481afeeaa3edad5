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
package org.sorastudio.queue.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sorastudio.openai.RateLimitSnapshot;

class RequestBudgetTest {

    private long now = 1_000_000_000L;
    private final RequestBudget budget = new RequestBudget(() -> now);

    @Test
    void beforeTheFirstAnswerOnlyOneRequestIsOut() {
        assertThat(budget.tryAcquire(0)).isZero();
        assertThat(budget.tryAcquire(0)).isPositive();
        budget.rateLimitsObserved(snapshot(200, 60L, 59L, null));
        budget.release();
        assertThat(budget.tryAcquire(0)).isZero();
        assertThat(budget.limitPerMinute()).isEqualTo(60);
    }

    @Test
    void theLearnedBucketRefillsAtTheLimitRate() {
        budget.tryAcquire(0);
        budget.rateLimitsObserved(snapshot(200, 60L, 1L, null));
        budget.release();
        assertThat(budget.tryAcquire(0)).isZero();
        long wait = budget.tryAcquire(0);
        assertThat(wait).isEqualTo(TimeUnit.SECONDS.toNanos(1));
        now += wait;
        assertThat(budget.tryAcquire(0)).isZero();
    }

    @Test
    void remainingCountsOnlyLowerTheBudgetAndOthersInFlightAreAssumedUncounted() {
        budget.tryAcquire(0);
        budget.rateLimitsObserved(snapshot(200, 600L, 599L, null));
        budget.release();
        budget.tryAcquire(0);
        budget.tryAcquire(0);
        budget.tryAcquire(0);
        // the server saw one of the three; two may still arrive
        budget.rateLimitsObserved(snapshot(200, 600L, 3L, null));
        budget.release();
        assertThat(budget.tryAcquire(0)).isZero();
        assertThat(budget.tryAcquire(0)).isPositive();
    }

    @Test
    void createsLeaveAReserve() {
        budget.tryAcquire(0);
        budget.rateLimitsObserved(snapshot(200, 600L, 2L, null));
        budget.release();
        assertThat(budget.tryAcquire(2)).isPositive();
        assertThat(budget.tryAcquire(0)).isZero();
    }

    @Test
    void a429CoolsTheProfileDownForRetryAfter() {
        budget.tryAcquire(0);
        budget.rateLimitsObserved(snapshot(429, 600L, 0L, Duration.ofMillis(1500)));
        budget.release();
        assertThat(budget.tryAcquire(0)).isEqualTo(TimeUnit.MILLISECONDS.toNanos(1500));
        assertThat(budget.rateLimited()).isEqualTo(1);
        RequestBudget other = new RequestBudget(() -> now);
        assertThat(other.tryAcquire(0)).as("another profile is not cooled down").isZero();
    }

    @Test
    void aServerWithoutHeadersIsNotThrottled() {
        budget.tryAcquire(0);
        budget.rateLimitsObserved(snapshot(200, null, null, null));
        for (int i = 0; i < 100; i++) {
            assertThat(budget.tryAcquire(0)).isZero();
        }
    }

    private static RateLimitSnapshot snapshot(int status, Long limit, Long remaining, Duration retryAfter) {
        return new RateLimitSnapshot(Instant.now(), status, limit, remaining, null, null, null, null, retryAfter);
    }
}
