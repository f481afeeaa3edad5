package org.sorastudio.openai;

/** 401 or 403: the key is missing, wrong or lacks permission. Never retried. */
public final class AuthenticationException extends ApiException {

    public AuthenticationException(String message, Failure failure) {
        super(message, failure, null);
    }
}
