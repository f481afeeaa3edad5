package org.sorastudio.openai.impl;

import java.time.Duration;
import org.apache.hc.core5.http.HttpResponse;
import org.sorastudio.openai.RateLimitSnapshot;

/** A complete response: status line and headers, the whole body, and its rate-limit headers. */
record ApiResponse(HttpResponse head, byte[] body, RateLimitSnapshot rateLimits) {

    int status() {
        return head.getCode();
    }

    boolean isSuccess() {
        return status() >= 200 && status() < 300;
    }

    String header(String name) {
        return RateLimitHeaders.value(head, name);
    }

    String requestId() {
        return header("x-request-id");
    }

    /** {@code openai-poll-after-ms}, or {@code null} when absent or malformed. */
    Duration pollAfter() {
        String millis = header("openai-poll-after-ms");
        if (millis == null) {
            return null;
        }
        try {
            long value = Long.parseLong(millis);
            return value < 0 ? null : Duration.ofMillis(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
