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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sorastudio.openai.RetryPolicy;

class BackoffTest {

    private static final RetryPolicy POLICY = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofMinutes(5));

    @Test
    void fullJitterStaysWithinTheExponentialCeilingAndTheCap() {
        for (long seed = 0; seed < 200; seed++) {
            Backoff backoff = new Backoff(POLICY, new Random(seed));
            long[] ceilings = {500, 1000, 2000, 4000, 8000, 8000};
            for (long ceiling : ceilings) {
                Duration wait = backoff.next(null).orElseThrow();
                assertThat(wait.toMillis()).isBetween(0L, ceiling);
            }
        }
    }

    @Test
    void jitterSpreadsWaitsOverTheWholeRange() {
        List<Long> firstWaits = new ArrayList<>();
        for (long seed = 0; seed < 200; seed++) {
            firstWaits.add(new Backoff(POLICY, new Random(seed)).next(null).orElseThrow().toMillis());
        }
        assertThat(firstWaits).anyMatch(wait -> wait < 100).anyMatch(wait -> wait > 400);
    }

    @Test
    void lessJitterKeepsEachWaitCloserToItsCeiling() {
        RetryPolicy halfJitter = new RetryPolicy(2, Duration.ofMillis(1000), Duration.ofSeconds(8), Duration.ofMinutes(5), 0.5);
        RetryPolicy noJitter = new RetryPolicy(2, Duration.ofMillis(1000), Duration.ofSeconds(8), Duration.ofMinutes(5), 0);
        for (long seed = 0; seed < 100; seed++) {
            assertThat(new Backoff(halfJitter, new Random(seed)).next(null).orElseThrow().toMillis()).isBetween(500L, 1000L);
            Backoff fixed = new Backoff(noJitter, new Random(seed));
            assertThat(fixed.next(null)).contains(Duration.ofMillis(1000));
            assertThat(fixed.next(null)).contains(Duration.ofMillis(2000));
        }
    }

    @Test
    void retryCountIsABudget() {
        Backoff backoff = new Backoff(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMinutes(1)), new Random(1));

        assertThat(backoff.next(null)).isPresent();
        assertThat(backoff.next(null)).isPresent();
        assertThat(backoff.next(null)).isEmpty();
        assertThat(backoff.retries()).isEqualTo(2);
    }

    @Test
    void serverWaitIsHonouredAboveTheCapButNotBeyondTheTotalBudget() {
        Backoff backoff = new Backoff(
                new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30)), new Random(1));

        assertThat(backoff.next(Duration.ofSeconds(20))).contains(Duration.ofSeconds(20));
        assertThat(backoff.next(Duration.ofSeconds(20))).as("would exceed the 30 s budget").isEmpty();
        assertThat(backoff.next(Duration.ofSeconds(10))).contains(Duration.ofSeconds(10));
        assertThat(backoff.waited()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void noRetriesPolicyNeverWaits() {
        assertThat(new Backoff(RetryPolicy.NONE, new Random(1)).next(Duration.ZERO)).isEqualTo(Optional.empty());
    }
}
