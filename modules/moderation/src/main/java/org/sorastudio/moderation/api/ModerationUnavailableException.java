package org.sorastudio.moderation.api;

/**
 * The server could not check the prompt: it has no {@code /moderations} endpoint, refused the
 * request, or did not answer in time. The message says which, for a person; rule-based rewrites
 * still work without it.
 */
public final class ModerationUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModerationUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
