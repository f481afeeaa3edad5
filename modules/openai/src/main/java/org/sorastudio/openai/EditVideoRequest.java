package org.sorastudio.openai;

/**
 * Parameters of {@code POST /videos/edits}: a changed copy of a completed video.
 *
 * @param videoId the completed video to edit (sent as {@code video: {"id": ...}})
 * @param prompt  what to change (1..32000 characters)
 */
public record EditVideoRequest(String videoId, String prompt) {

    public EditVideoRequest {
        ExtendVideoRequest.requireVideoId(videoId);
        ExtendVideoRequest.requirePrompt(prompt);
    }
}
