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

/**
 * When to look at a running job next. Far from the end it waits a good part of the estimated time
 * left (from the progress rate it has seen, else from how long similar jobs took), so a job costs a
 * handful of requests instead of one per second; around the expected end it polls often enough to
 * notice completion within about a second; long overdue it slowly backs off. The server's
 * {@code openai-poll-after-ms} hint is respected as the shortest wait while the end is not near;
 * around the expected end the queue's own short interval wins, or completion could go unnoticed
 * for a whole hint interval.
 */
final class PollPlanner {

    static final Duration MIN_DELAY = Duration.ofMillis(100);
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    /** Share of the estimated time left to wait while far from the end. */
    private static final double APPROACH = 0.6;
    /** Below this much estimated time left the job is "due". */
    private static final long DUE_MILLIS = 1500;
    /** Poll interval right at the expected end; grows with how overdue the job is. */
    private static final long DUE_INTERVAL_MILLIS = 600;
    private static final long OVERDUE_MAX_INTERVAL_MILLIS = 4000;
    private static final long UNKNOWN_MIN_MILLIS = 500;
    private static final long UNKNOWN_MAX_MILLIS = 5000;

    private PollPlanner() {
    }

    /**
     * @param elapsedMillis   since the job was submitted
     * @param remainingMillis estimated time left (negative when overdue), or {@code null} when unknown
     * @param hint            the server's poll-after hint, or {@code null}
     */
    static Duration nextDelay(long elapsedMillis, Long remainingMillis, Duration hint) {
        long delay;
        if (remainingMillis == null) {
            delay = clamp(elapsedMillis / 4, UNKNOWN_MIN_MILLIS, UNKNOWN_MAX_MILLIS);
        } else if (remainingMillis > DUE_MILLIS) {
            delay = (long) (remainingMillis * APPROACH);
        } else if (remainingMillis > 0) {
            // land just after the expected end
            delay = Math.max(remainingMillis + 100, DUE_INTERVAL_MILLIS / 2);
        } else {
            delay = clamp(DUE_INTERVAL_MILLIS - remainingMillis / 5, DUE_INTERVAL_MILLIS, OVERDUE_MAX_INTERVAL_MILLIS);
        }
        if (hint != null && (remainingMillis == null || remainingMillis > DUE_MILLIS)) {
            delay = Math.max(delay, hint.toMillis());
        }
        return Duration.ofMillis(clamp(delay, MIN_DELAY.toMillis(), MAX_DELAY.toMillis()));
    }

    /**
     * Time left from two progress readings of a linearly advancing job, or {@code null} when they
     * say nothing (no progress between them).
     */
    static Long remainingFromProgress(long firstAtMillis, int firstProgress, long lastAtMillis, int lastProgress,
            long nowMillis) {
        if (lastProgress <= firstProgress || lastAtMillis <= firstAtMillis) {
            return null;
        }
        double perMilli = (double) (lastProgress - firstProgress) / (lastAtMillis - firstAtMillis);
        return (long) ((100 - lastProgress) / perMilli) - (nowMillis - lastAtMillis);
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }
}
