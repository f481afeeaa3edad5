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
package org.sorastudio.simulator.http;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Per-key request budget: a bucket of {@code requestsPerMinute} tokens refilled continuously, which
 * is how OpenAI describes its limits. Reports the {@code x-ratelimit-*-requests} headers.
 */
final class RateLimiter {

    private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int requestsPerMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    /** Takes one token for {@code key} if there is one. */
    Decision acquire(String key, long nowNanos) {
        return buckets.computeIfAbsent(key, k -> new Bucket(requestsPerMinute, nowNanos)).take(nowNanos);
    }

    /**
     * What one request got.
     *
     * @param allowed          whether it may proceed
     * @param limit            requests per minute
     * @param remaining        whole tokens left
     * @param resetMillis      until the bucket is full again
     * @param retryAfterMillis until the next token (0 when allowed)
     */
    record Decision(boolean allowed, int limit, int remaining, long resetMillis, long retryAfterMillis) {

        void writeHeaders(ApiExchange exchange) {
            exchange.responseHeader("x-ratelimit-limit-requests", Integer.toString(limit));
            exchange.responseHeader("x-ratelimit-remaining-requests", Integer.toString(remaining));
            exchange.responseHeader("x-ratelimit-reset-requests", formatDuration(resetMillis));
        }

        String rejectionMessage() {
            return "Rate limit reached for requests per min (RPM): Limit " + limit + ", Used " + limit
                    + ", Requested 1. Please try again in " + formatDuration(retryAfterMillis)
                    + ". Visit https://platform.openai.com/account/rate-limits to learn more.";
        }
    }

    /** Formats like OpenAI's headers: {@code 17ms}, {@code 1s}, {@code 8.64s}, {@code 6m0s}. */
    static String formatDuration(long millis) {
        if (millis < 1000) {
            return millis + "ms";
        }
        long minutes = millis / 60_000;
        String seconds = trimmedSeconds(millis % 60_000);
        return minutes > 0 ? minutes + "m" + seconds : seconds;
    }

    private static String trimmedSeconds(long millis) {
        String text = String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000)
                .replaceAll("0+$", "").replaceAll("\\.$", "");
        return text + "s";
    }

    private static final class Bucket {
        private final int capacity;
        private double tokens;
        private long refilledAt;

        Bucket(int capacity, long nowNanos) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.refilledAt = nowNanos;
        }

        synchronized Decision take(long nowNanos) {
            tokens = Math.min(capacity, tokens + (double) (nowNanos - refilledAt) * capacity / MINUTE_NANOS);
            refilledAt = nowNanos;
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            long retryAfter = allowed ? 0 : millisFor(1 - tokens);
            return new Decision(allowed, capacity, (int) Math.floor(tokens), millisFor(capacity - tokens), retryAfter);
        }

        private long millisFor(double missingTokens) {
            return (long) Math.ceil(missingTokens * TimeUnit.NANOSECONDS.toMillis(MINUTE_NANOS) / capacity);
        }
    }
}
