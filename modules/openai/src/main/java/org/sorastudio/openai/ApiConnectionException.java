package org.sorastudio.openai;

import java.io.InterruptedIOException;

/**
 * No (complete) response: the connection was refused, timed out, or dropped. {@link
 * #mayHaveReachedServer()} tells whether the server could have received and acted on the request.
 */
public final class ApiConnectionException extends ApiException {

    private final boolean mayHaveReachedServer;

    public ApiConnectionException(String message, Failure failure, boolean mayHaveReachedServer, Throwable cause) {
        super(message, failure, cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    /** False only when the request certainly never left (connection refused, connect timeout, unknown host). */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }

    /** True when the failure was a timeout rather than a refused or broken connection. */
    public boolean isTimeout() {
        // Connect and read timeouts are both InterruptedIOExceptions.
        return getCause() instanceof InterruptedIOException;
    }
}
