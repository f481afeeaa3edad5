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
package org.sorastudio.openai;

import java.util.Optional;

/**
 * A call that did not succeed. Subclasses tell what kind of failure it was; the fields carry what
 * the server said. Unchecked, so list iterators and streams can surface it too.
 */
public abstract sealed class ApiException extends RuntimeException
        permits AuthenticationException, InvalidRequestException, RateLimitException, ServerException,
        UnexpectedResponseException, ApiConnectionException {

    private final int statusCode;
    private final ApiError error;
    private final String requestId;
    private final boolean outcomeUnknown;

    protected ApiException(String message, Failure failure, Throwable cause) {
        super(message, cause);
        this.statusCode = failure.statusCode();
        this.error = failure.error();
        this.requestId = failure.requestId();
        this.outcomeUnknown = failure.outcomeUnknown();
    }

    /** HTTP status, or 0 when no response arrived. */
    public int statusCode() {
        return statusCode;
    }

    /** The API's error object, if the response carried one. */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    /** The server's {@code x-request-id}, to quote when asking its operator. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * True when a request that creates something (create, remix) may or may not have been
     * carried out: the connection dropped after it was sent, or the server answered 5xx. The
     * client never retries such a request; the caller must look (list the videos) before
     * submitting again.
     */
    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }

    /** What a response (or its absence) said, shared by every subclass's constructor. */
    public record Failure(int statusCode, ApiError error, String requestId, boolean outcomeUnknown) {
    }
}
