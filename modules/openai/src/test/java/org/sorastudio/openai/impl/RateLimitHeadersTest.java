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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.junit.jupiter.api.Test;
import org.sorastudio.openai.RateLimitSnapshot;

class RateLimitHeadersTest {

    private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");

    @Test
    void resetDurationsInOpenAisFormat() {
        assertThat(RateLimitHeaders.parseDuration("1s")).isEqualTo(Duration.ofSeconds(1));
        assertThat(RateLimitHeaders.parseDuration("6m0s")).isEqualTo(Duration.ofMinutes(6));
        assertThat(RateLimitHeaders.parseDuration("20ms")).isEqualTo(Duration.ofMillis(20));
        assertThat(RateLimitHeaders.parseDuration("1h2m3.5s")).isEqualTo(Duration.ofMillis(3_723_500));
        assertThat(RateLimitHeaders.parseDuration("0.25")).isEqualTo(Duration.ofMillis(250));
        assertThat(RateLimitHeaders.parseDuration("soon")).isNull();
        assertThat(RateLimitHeaders.parseDuration("5s later")).isNull();
        assertThat(RateLimitHeaders.parseDuration("")).isNull();
    }

    @Test
    void retryAfterMillisWinsOverSeconds() {
        BasicHttpResponse response = new BasicHttpResponse(429);
        response.addHeader("retry-after", "2");
        response.addHeader("retry-after-ms", "1500.5");

        assertThat(RateLimitHeaders.retryAfter(response, NOW)).isEqualTo(Duration.ofNanos(1_500_500_000L));
    }

    @Test
    void retryAfterAsSecondsOrHttpDate() {
        BasicHttpResponse seconds = new BasicHttpResponse(429);
        seconds.addHeader("Retry-After", "3");
        BasicHttpResponse date = new BasicHttpResponse(503);
        date.addHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(7).atOffset(ZoneOffset.UTC)));
        BasicHttpResponse past = new BasicHttpResponse(503);
        past.addHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(7).atOffset(ZoneOffset.UTC)));
        BasicHttpResponse garbage = new BasicHttpResponse(503);
        garbage.addHeader("Retry-After", "later");

        assertThat(RateLimitHeaders.retryAfter(seconds, NOW)).isEqualTo(Duration.ofSeconds(3));
        assertThat(RateLimitHeaders.retryAfter(date, NOW)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RateLimitHeaders.retryAfter(past, NOW)).isEqualTo(Duration.ZERO);
        assertThat(RateLimitHeaders.retryAfter(garbage, NOW)).isNull();
    }

    @Test
    void malformedCountsAreAbsentNotFatal() {
        BasicHttpResponse response = new BasicHttpResponse(200);
        response.addHeader("x-ratelimit-limit-requests", "lots");
        response.addHeader("x-ratelimit-remaining-requests", " 7 ");

        RateLimitSnapshot snapshot = RateLimitHeaders.read(response, NOW);

        assertThat(snapshot.limitRequests()).isNull();
        assertThat(snapshot.remainingRequests()).isEqualTo(7);
        assertThat(snapshot.observedAt()).isEqualTo(NOW);
        assertThat(new RateLimitSnapshot(NOW, 200, null, null, null, null, null, null, null).isPresent()).isFalse();
    }
}
