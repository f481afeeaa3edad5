package org.sorastudio.openai;

/** 5xx: the server failed. Idempotent requests were already retried before this is thrown. */
public final class ServerException extends ApiException {

    public ServerException(String message, Failure failure) {
        super(message, failure, null);
    }
}
