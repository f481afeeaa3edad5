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
import org.junit.jupiter.api.Test;

class PollPlannerTest {

    @Test
    void farFromTheEndItWaitsMostOfTheTimeLeft() {
        assertThat(PollPlanner.nextDelay(10_000, 60_000L, null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(PollPlanner.nextDelay(10_000, 20_000L, null)).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void nearTheEndItLandsJustAfterIt() {
        assertThat(PollPlanner.nextDelay(10_000, 1_000L, null)).isEqualTo(Duration.ofMillis(1_100));
        assertThat(PollPlanner.nextDelay(10_000, 50L, null)).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void overdueItPollsOftenAndBacksOffSlowly() {
        assertThat(PollPlanner.nextDelay(10_000, -100L, null)).isEqualTo(Duration.ofMillis(620));
        assertThat(PollPlanner.nextDelay(10_000, -5_000L, null)).isEqualTo(Duration.ofMillis(1_600));
        assertThat(PollPlanner.nextDelay(10_000, -600_000L, null)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void withoutAnEstimateItStartsQuickAndSlowsDown() {
        assertThat(PollPlanner.nextDelay(0, null, null)).isEqualTo(Duration.ofMillis(500));
        assertThat(PollPlanner.nextDelay(8_000, null, null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(PollPlanner.nextDelay(600_000, null, null)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theServersHintIsTheShortestWaitUntilTheEndIsNear() {
        assertThat(PollPlanner.nextDelay(0, null, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
        assertThat(PollPlanner.nextDelay(10_000, 2_000L, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
        assertThat(PollPlanner.nextDelay(10_000, 60_000L, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(30));
        assertThat(PollPlanner.nextDelay(10_000, 50L, Duration.ofSeconds(2))).isEqualTo(Duration.ofMillis(300));
        assertThat(PollPlanner.nextDelay(10_000, -100L, Duration.ofSeconds(2))).isEqualTo(Duration.ofMillis(620));
    }

    @Test
    void progressReadingsGiveTheTimeLeft() {
        // 10 % -> 30 % in 2 s: 10 % per second, 70 % to go, read 0.5 s ago
        assertThat(PollPlanner.remainingFromProgress(0, 10, 2_000, 30, 2_500)).isEqualTo(6_500L);
        assertThat(PollPlanner.remainingFromProgress(0, 30, 2_000, 30, 2_500)).isNull();
    }
}
