package org.sorastudio.openai;

/**
 * Why a video job failed, e.g. code {@code moderation_blocked}. Fields may be {@code null} when a
 * compatible server leaves them out.
 */
public record VideoError(String code, String message) {

    /** The code the service uses when its moderation refused the prompt or the output. */
    public static final String MODERATION_BLOCKED = "moderation_blocked";

    public boolean isModerationBlocked() {
        return MODERATION_BLOCKED.equals(code);
    }
}
