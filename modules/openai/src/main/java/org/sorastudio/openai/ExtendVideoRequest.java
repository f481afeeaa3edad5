package org.sorastudio.openai;

import java.util.Objects;

/**
 * Parameters of {@code POST /videos/extensions}: continue a completed video.
 *
 * @param videoId the completed video to extend (sent as {@code video: {"id": ...}})
 * @param prompt  what happens next (1..32000 characters)
 * @param seconds length of the new segment, e.g. {@code "8"}; the result's {@code seconds} is the stitched total
 */
public record ExtendVideoRequest(String videoId, String prompt, String seconds) {

    public ExtendVideoRequest {
        requireVideoId(videoId);
        requirePrompt(prompt);
        Objects.requireNonNull(seconds, "seconds");
        if (seconds.isBlank()) {
            throw new IllegalArgumentException("an extension needs the new segment's length in seconds");
        }
    }

    static void requireVideoId(String videoId) {
        Objects.requireNonNull(videoId, "videoId");
        if (videoId.isBlank()) {
            throw new IllegalArgumentException("video id must not be empty");
        }
    }

    static void requirePrompt(String prompt) {
        Objects.requireNonNull(prompt, "prompt");
        if (prompt.isBlank()) {
            throw new IllegalArgumentException("prompt must not be empty");
        }
        if (prompt.length() > CreateVideoRequest.MAX_PROMPT_LENGTH) {
            throw new IllegalArgumentException("prompt has " + prompt.length() + " characters, at most "
                    + CreateVideoRequest.MAX_PROMPT_LENGTH + " are allowed");
        }
    }
}
