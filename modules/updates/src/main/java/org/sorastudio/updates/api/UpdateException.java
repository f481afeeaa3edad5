package org.sorastudio.updates.api;

/** An update that could not be checked or installed; the message is written for the user. */
public final class UpdateException extends Exception {

    private static final long serialVersionUID = 1L;

    public UpdateException(String message) {
        super(message);
    }

    public UpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
