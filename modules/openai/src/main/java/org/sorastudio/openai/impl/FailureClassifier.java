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

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.sorastudio.openai.ApiConnectionException;
import org.sorastudio.openai.ApiError;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.AuthenticationException;
import org.sorastudio.openai.InvalidRequestException;
import org.sorastudio.openai.RateLimitException;
import org.sorastudio.openai.SecretRedactor;
import org.sorastudio.openai.ServerException;
import org.sorastudio.openai.UnexpectedResponseException;

/**
 * Turns failed attempts into typed exceptions and decides which of them may be retried. The rule
 * that matters most: a request that is not idempotent (create, remix) is retried only when the
 * server certainly did not act on it: a definite 429 "slow down", or a connection that never
 * opened.
 */
final class FailureClassifier {

    private static final String INSUFFICIENT_QUOTA = "insufficient_quota";
    /** Longest piece of a non-JSON error body quoted in a message. */
    private static final int MAX_QUOTED_BODY = 200;

    private final String baseUrl;
    private final SecretRedactor redactor;

    FailureClassifier(String baseUrl, SecretRedactor redactor) {
        this.baseUrl = baseUrl;
        this.redactor = redactor;
    }

    ApiException fromResponse(ApiRequest request, ApiResponse response) {
        int status = response.status();
        ApiError error = ApiJson.error(response.body());
        boolean outcomeUnknown = !request.idempotent() && status >= 500;
        ApiException.Failure failure = new ApiException.Failure(status, error, response.requestId(), outcomeUnknown);
        String message = message(request, response, error);
        if (status == 401 || status == 403) {
            return new AuthenticationException(message, failure);
        }
        if (status == 400 || status == 404 || status == 422) {
            return new InvalidRequestException(message, failure);
        }
        if (status == 429) {
            return new RateLimitException(message, failure, isQuota(error), response.rateLimits());
        }
        if (status >= 500) {
            return new ServerException(message, failure);
        }
        return new UnexpectedResponseException(message, failure, null);
    }

    ApiConnectionException fromIOException(ApiRequest request, IOException cause) {
        boolean reached = !neverLeft(cause);
        String what = cause instanceof InterruptedIOException ? "Timed out" : "Connection failed";
        String message = redactor.scrub(what + " on " + request.label() + " at " + baseUrl + ": " + cause)
                + (reached && !request.idempotent() ? " (the server may have received the request)" : "");
        return new ApiConnectionException(message,
                new ApiException.Failure(0, null, null, reached && !request.idempotent()), reached, cause);
    }

    UnexpectedResponseException malformed(ApiRequest request, ApiResponse response, RuntimeException cause) {
        String message = redactor.scrub("Unexpected response to " + request.label() + " (HTTP " + response.status()
                + "): " + cause.getMessage());
        return new UnexpectedResponseException(message,
                new ApiException.Failure(response.status(), null, response.requestId(), false), cause);
    }

    /** Whether this failed response may be sent again. */
    boolean mayRetry(ApiRequest request, ApiResponse response, ApiException failure) {
        if (failure instanceof RateLimitException rateLimit && rateLimit.isQuotaExhausted()) {
            return false;
        }
        int status = response.status();
        if (!request.idempotent()) {
            // Only a 429 certainly means "not carried out"; 5xx and anything else may hide a created job.
            return status == 429;
        }
        String shouldRetry = response.header("x-should-retry");
        if ("true".equalsIgnoreCase(shouldRetry)) {
            return true;
        }
        if ("false".equalsIgnoreCase(shouldRetry)) {
            return false;
        }
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    boolean mayRetry(ApiRequest request, ApiConnectionException failure) {
        return request.idempotent() || !failure.mayHaveReachedServer();
    }

    private String message(ApiRequest request, ApiResponse response, ApiError error) {
        StringBuilder text = new StringBuilder().append(response.status());
        String reason = response.head().getReasonPhrase();
        if (reason != null && !reason.isBlank()) {
            text.append(' ').append(reason);
        }
        text.append(" from ").append(request.label()).append(": ");
        if (error != null && error.message() != null) {
            text.append(error.message());
        } else {
            String body = new String(response.body(), StandardCharsets.UTF_8).strip();
            text.append(body.isEmpty() ? "(no error message)"
                    : body.substring(0, Math.min(body.length(), MAX_QUOTED_BODY)));
        }
        if (error != null) {
            StringBuilder details = new StringBuilder();
            appendDetail(details, "type", error.type());
            appendDetail(details, "code", error.code());
            appendDetail(details, "param", error.param());
            if (details.length() > 0) {
                text.append(" (").append(details).append(')');
            }
        }
        if (response.requestId() != null) {
            text.append(" [request ").append(response.requestId()).append(']');
        }
        return redactor.scrub(text.toString());
    }

    private static void appendDetail(StringBuilder details, String name, String value) {
        if (value != null && !value.isBlank()) {
            if (details.length() > 0) {
                details.append(", ");
            }
            details.append(name).append(' ').append(value);
        }
    }

    private static boolean isQuota(ApiError error) {
        return error != null && (INSUFFICIENT_QUOTA.equals(error.type()) || INSUFFICIENT_QUOTA.equals(error.code()));
    }

    /** True when the request certainly never reached the server. */
    private static boolean neverLeft(IOException cause) {
        return cause instanceof ConnectException || cause instanceof ConnectTimeoutException
                || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException
                || cause instanceof SSLHandshakeException;
    }
}
