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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.sorastudio.openai.RateLimitSnapshot;

/**
 * Reads the rate-limit and retry headers of a response. Malformed values count as absent: a
 * gateway's odd header must never fail a call that otherwise succeeded.
 */
final class RateLimitHeaders {

    /** One component of a Go-style duration as OpenAI sends it: "1s", "6m0s", "20ms", "1h2m3.5s". */
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|h|m|s)");

    private RateLimitHeaders() {
    }

    static RateLimitSnapshot read(HttpResponse response, Instant now) {
        return new RateLimitSnapshot(now, response.getCode(),
                count(response, "x-ratelimit-limit-requests"),
                count(response, "x-ratelimit-remaining-requests"),
                resetDuration(response, "x-ratelimit-reset-requests"),
                count(response, "x-ratelimit-limit-tokens"),
                count(response, "x-ratelimit-remaining-tokens"),
                resetDuration(response, "x-ratelimit-reset-tokens"),
                retryAfter(response, now));
    }

    /** {@code retry-after-ms}, else {@code retry-after} as seconds or an HTTP date; {@code null} if neither. */
    static Duration retryAfter(HttpResponse response, Instant now) {
        String millis = value(response, "retry-after-ms");
        if (millis != null) {
            try {
                return nonNegative(Duration.ofNanos(new BigDecimal(millis).movePointRight(6).longValueExact()));
            } catch (NumberFormatException | ArithmeticException e) {
                // fall through to retry-after
            }
        }
        String retryAfter = value(response, "retry-after");
        if (retryAfter == null) {
            return null;
        }
        try {
            return nonNegative(Duration.ofMillis(new BigDecimal(retryAfter).movePointRight(3).longValue()));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(retryAfter, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** Parses "6m0s", "1s", "20ms", "1h2m3.5s"; a bare number counts as seconds. {@code null} if malformed. */
    static Duration parseDuration(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return Duration.ofNanos(new BigDecimal(trimmed).movePointRight(9).longValue());
        } catch (NumberFormatException notPlainSeconds) {
            // a Go-style duration
        }
        Matcher matcher = DURATION_PART.matcher(trimmed);
        BigDecimal nanos = BigDecimal.ZERO;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            BigDecimal amount = new BigDecimal(matcher.group(1));
            nanos = nanos.add(amount.multiply(BigDecimal.valueOf(nanosPerUnit(matcher.group(2)))));
            end = matcher.end();
        }
        return end == trimmed.length() && end > 0 ? Duration.ofNanos(nanos.longValue()) : null;
    }

    private static long nanosPerUnit(String unit) {
        return switch (unit) {
            case "h" -> 3_600_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "s" -> 1_000_000_000L;
            case "ms" -> 1_000_000L;
            case "us", "µs" -> 1_000L;
            default -> 1L;
        };
    }

    private static Long count(HttpResponse response, String name) {
        String text = value(response, name);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Duration resetDuration(HttpResponse response, String name) {
        return parseDuration(value(response, name));
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    static String value(HttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        if (header == null || header.getValue() == null) {
            return null;
        }
        String value = header.getValue().trim();
        return value.isEmpty() ? null : value;
    }
}
