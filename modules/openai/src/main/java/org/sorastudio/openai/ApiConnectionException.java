/*
 * Copyright 2026 the Sora Studio authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
