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

import java.util.List;
import org.sorastudio.core.model.Failure;
import org.sorastudio.openai.ApiConnectionException;
import org.sorastudio.openai.ApiError;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.RateLimitException;
import org.sorastudio.openai.ServerException;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoError;

/** Turns what went wrong (a failed call, a video the server failed, a file) into the failure a job records. */
final class JobFailures {

    private JobFailures() {
    }

    /**
     * A call that failed: its kind from the exception, the API's error object, the request id and the server's
     * {@code retry-after}, with {@code message} as the sentence the user reads.
     */
    static Failure fromApi(String message, ApiException e) {
        ApiError error = e.error().orElse(null);
        String type = error == null ? null : error.type();
        String code = error == null ? null : error.code();
        return new Failure(kindOf(e, code), message, e.statusCode(), type, code, error == null ? null : error.param(),
                e.requestId().map(List::of).orElse(List.of()),
                e instanceof RateLimitException limited ? limited.retryAfter().orElse(null) : null);
    }

    /** A video the server ended as failed: blocked by its moderation, or failed on its side. */
    static Failure fromVideo(Video video) {
        VideoError error = video.error();
        if (error == null) {
            return Failure.of(Failure.Kind.SERVER, "the server ended the job as " + video.status());
        }
        if (error.isModerationBlocked()) {
            return new Failure(Failure.Kind.MODERATION, "blocked by moderation: " + error.message(), 0, null, error.code(), null,
                    List.of(), null);
        }
        return new Failure(Failure.Kind.SERVER, "the server failed the job (" + error.code() + "): " + error.message(), 0, null,
                error.code(), null, List.of(), null);
    }

    private static Failure.Kind kindOf(ApiException e, String code) {
        if (VideoError.MODERATION_BLOCKED.equals(code)) {
            return Failure.Kind.MODERATION;
        }
        if (e instanceof RateLimitException limited) {
            return limited.isQuotaExhausted() ? Failure.Kind.QUOTA : Failure.Kind.RATE_LIMIT;
        }
        if (e instanceof ApiConnectionException connection) {
            return connection.isTimeout() ? Failure.Kind.TIMEOUT : Failure.Kind.NETWORK;
        }
        if (e instanceof ServerException) {
            return Failure.Kind.SERVER;
        }
        return Failure.Kind.API_ERROR;
    }
}
