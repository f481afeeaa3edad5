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
package org.sorastudio.core.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a piece of work failed, in one shape for every failure the studio shows: the queue records it on a failed
 * job (and keeps it in its journal), the error panel and the CLI put it in words with {@link FailureAdvice}.
 *
 * @param kind        what sort of failure it was; decides the advice when the server named no code
 * @param message     what happened, in one sentence (the line the Queue window shows)
 * @param httpStatus  the HTTP status of the answer that failed it, 0 when no answer was involved
 * @param errorType   the API's {@code error.type}, or {@code null}
 * @param errorCode   the API's {@code error.code} (or a failed video's {@code error.code}), or {@code null}
 * @param errorParam  the API's {@code error.param}: the request field the server objected to, or {@code null}
 * @param requestIds  the server's {@code x-request-id}s of the work's requests that matter, oldest first
 * @param retryAfter  how long the server asked to wait ({@code retry-after-ms}/{@code retry-after}), or {@code null}
 */
public record Failure(Kind kind, String message, int httpStatus, String errorType, String errorCode, String errorParam,
        List<String> requestIds, Duration retryAfter) {

    /** The sorts of failure, each with its own advice. */
    public enum Kind {
        /** The server refused the request (a 4xx other than 429): see the status, type, code and param. */
        API_ERROR,
        /** The work cannot be sent as it is (an empty prompt, a reference image of a type the API does not take). */
        INVALID_INPUT,
        /** The server's moderation blocked the prompt or the input. */
        MODERATION,
        /** Too many requests: the server asked to slow down. */
        RATE_LIMIT,
        /** The account's quota or credit is used up. */
        QUOTA,
        /** The server could not be reached or the connection broke. */
        NETWORK,
        /** A file could not be read or written (a reference image, the output folder, a full disk). */
        FILE,
        /** ffmpeg or another media tool failed on a clip. */
        MEDIA,
        /** The work did not finish within its time limit. */
        TIMEOUT,
        /** The server failed the work on its side (a 5xx, or a video it ended as failed). */
        SERVER,
        /** The studio's own set-up: a profile, key or server address that is missing or wrong. */
        SETUP
    }

    public Failure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        requestIds = List.copyOf(requestIds);
    }

    /** A failure with no server answer behind it. */
    public static Failure of(Kind kind, String message) {
        return new Failure(kind, message, 0, null, null, null, List.of(), null);
    }

    /** The same failure, quoting {@code ids} as its request ids. */
    public Failure withRequestIds(List<String> ids) {
        return new Failure(kind, message, httpStatus, errorType, errorCode, errorParam, ids, retryAfter);
    }

    /** The request id to quote first: the latest one. */
    public Optional<String> latestRequestId() {
        return requestIds.isEmpty() ? Optional.empty() : Optional.of(requestIds.get(requestIds.size() - 1));
    }

    public Optional<Duration> retryAfterDuration() {
        return Optional.ofNullable(retryAfter);
    }
}
