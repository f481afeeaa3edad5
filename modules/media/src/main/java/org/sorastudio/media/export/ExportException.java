package org.sorastudio.media.export;

/** An export that could not be made; the message says what went wrong in the user's terms. */
public class ExportException extends Exception {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
