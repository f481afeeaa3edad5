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

import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.sorastudio.openai.SecretRedactor;

/**
 * Logs every request and response at FINE on {@value #LOGGER_NAME}, with credentials redacted.
 * Enable it with {@code org.sorastudio.openai.http.level=FINE} in a logging configuration.
 */
final class ExchangeLog {

    static final String LOGGER_NAME = "org.sorastudio.openai.http";
    private static final Logger LOG = Logger.getLogger(LOGGER_NAME);
    /** Longest body excerpt logged; video prompts fit, downloads are never logged. */
    private static final int MAX_BODY_CHARS = 4000;

    private final SecretRedactor redactor;

    ExchangeLog(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    boolean enabled() {
        return LOG.isLoggable(Level.FINE);
    }

    void request(int attempt, String url, HttpRequest request, String bodyDescription) {
        if (!enabled()) {
            return;
        }
        StringBuilder text = new StringBuilder("--> ").append(request.getMethod()).append(' ')
                .append(redactor.scrub(url)).append(" (attempt ").append(attempt).append(')');
        appendHeaders(text, request.getHeaders());
        if (bodyDescription != null) {
            text.append('\n').append(excerpt(bodyDescription));
        }
        LOG.fine(text.toString());
    }

    void response(String label, HttpResponse response, long elapsedMillis, byte[] body) {
        if (!enabled()) {
            return;
        }
        StringBuilder text = new StringBuilder("<-- ").append(response.getCode()).append(' ').append(label)
                .append(" (").append(elapsedMillis).append(" ms)");
        appendHeaders(text, response.getHeaders());
        if (body != null && body.length > 0) {
            text.append('\n').append(excerpt(new String(body, StandardCharsets.UTF_8)));
        }
        LOG.fine(text.toString());
    }

    void failure(String label, long elapsedMillis, Exception failure) {
        if (enabled()) {
            LOG.fine("<-- failed " + label + " (" + elapsedMillis + " ms): " + redactor.scrub(String.valueOf(failure)));
        }
    }

    void retry(String label, int retry, long waitMillis, String reason) {
        if (enabled()) {
            LOG.fine("retry " + retry + " of " + label + " in " + waitMillis + " ms after " + redactor.scrub(reason));
        }
    }

    private void appendHeaders(StringBuilder text, Header[] headers) {
        for (Header header : headers) {
            text.append("\n    ").append(header.getName()).append(": ")
                    .append(redactor.headerValue(header.getName(), header.getValue()));
        }
    }

    private String excerpt(String body) {
        String scrubbed = redactor.scrub(body);
        return scrubbed.length() <= MAX_BODY_CHARS ? scrubbed
                : scrubbed.substring(0, MAX_BODY_CHARS) + "... (" + scrubbed.length() + " characters)";
    }
}
