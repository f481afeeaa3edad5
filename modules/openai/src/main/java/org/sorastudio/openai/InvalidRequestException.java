package org.sorastudio.openai;

/**
 * 400, 404 or 422: the server refused the request as it stands (bad parameter, unknown video,
 * unknown model). {@link ApiError#param()} names the offending field when the server says.
 */
public final class InvalidRequestException extends ApiException {

    public InvalidRequestException(String message, Failure failure) {
        super(message, failure, null);
    }

    /** True for 404: the video (or path) does not exist, e.g. it expired or was deleted. */
    public boolean isNotFound() {
        return statusCode() == 404;
    }
}
