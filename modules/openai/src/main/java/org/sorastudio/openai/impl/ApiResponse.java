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
