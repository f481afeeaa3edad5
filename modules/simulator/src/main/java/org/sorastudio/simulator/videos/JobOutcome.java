package org.sorastudio.simulator.videos;

/** How a job ends, decided when it is accepted. */
public enum JobOutcome {
    SUCCEEDS("", ""),
    FAILS("video_generation_failed", "Video generation failed. Please try again."),
    MODERATION_BLOCKED("moderation_blocked",
            "Your request was blocked by our moderation system.");

    private final String errorCode;
    private final String errorMessage;

    JobOutcome(String errorCode, String errorMessage) {
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
    }

    /** The {@code error.code} of a job that ended this way. */
    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }
}
