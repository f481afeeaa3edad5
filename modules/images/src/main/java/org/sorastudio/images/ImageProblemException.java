package org.sorastudio.images;

/** An image that cannot be used as a reference; the message is a sentence for a person, naming the file. */
public final class ImageProblemException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImageProblemException(String message) {
        super(message);
    }

    public ImageProblemException(String message, Throwable cause) {
        super(message, cause);
    }
}
