package org.sorastudio.openai;

/**
 * A status no other class covers (e.g. 402, 408, 409, a redirect left unfollowed), or a 2xx whose
 * body is not the JSON the API describes.
 */
public final class UnexpectedResponseException extends ApiException {

    public UnexpectedResponseException(String message, Failure failure, Throwable cause) {
        super(message, failure, cause);
    }
}
