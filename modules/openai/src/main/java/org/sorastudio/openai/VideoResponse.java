package org.sorastudio.openai;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A video plus what the response said about it beyond the body: the server's polling hint
 * ({@code openai-poll-after-ms}) and its request id.
 */
public record VideoResponse(Video video, Duration pollAfter, String requestId) {

    public VideoResponse {
        Objects.requireNonNull(video, "video");
    }

    /** How long the server asks the caller to wait before polling this job again, if it said. */
    public Optional<Duration> pollAfterHint() {
        return Optional.ofNullable(pollAfter);
    }
}
