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

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** The queue's waits: how long to back off after failures, and how a wait reads in a job's status text. */
final class Waits {

    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);

    private Waits() {
    }

    static Duration backoff(int failures) {
        Duration wait = Duration.ofMillis(500L << Math.min(10, Math.max(0, failures - 1)));
        return wait.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : wait;
    }

    /** {@link #backoff} with equal jitter (half fixed, half random), so queues that failed together spread out. */
    static Duration jitteredBackoff(int failures) {
        long millis = backoff(failures).toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 1 && duration.toSecondsPart() == 0 ? minutes + " min" : seconds(duration);
    }

    static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    /** The whole seconds of the API's {@code seconds} string, 0 when absent or not a number. */
    static int secondsOf(String seconds) {
        try {
            return seconds == null ? 0 : (int) Double.parseDouble(seconds);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** How long ago the job's create was sent, 0 when it was not. */
    static long elapsedMillis(JobRecord job, long now) {
        return job.submittedAt == null ? 0 : now - job.submittedAt.toEpochMilli();
    }
}
