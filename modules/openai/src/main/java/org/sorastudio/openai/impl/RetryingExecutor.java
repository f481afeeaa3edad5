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
package org.sorastudio.openai.impl;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.sorastudio.openai.ApiConnectionException;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.RetryPolicy;

/**
 * Runs a request until it succeeds, fails for good, or the retry budget is spent, and turns the
 * successful response into a value.
 */
final class RetryingExecutor {

    private final ApiTransport transport;
    private final FailureClassifier classifier;
    private final RetryPolicy policy;
    private final RandomGenerator random;

    RetryingExecutor(ApiTransport transport, FailureClassifier classifier, RetryPolicy policy, RandomGenerator random) {
        this.transport = transport;
        this.classifier = classifier;
        this.policy = policy;
        this.random = random;
    }

    <T> T execute(ApiRequest request, Function<ApiResponse, T> reader) {
        Backoff backoff = newBackoff();
        for (int attempt = 1; ; attempt++) {
            ApiException failure;
            Duration serverWait = null;
            boolean retryable;
            try {
                ApiResponse response = transport.send(request, attempt);
                if (response.isSuccess()) {
                    return read(request, response, reader);
                }
                failure = classifier.fromResponse(request, response);
                retryable = classifier.mayRetry(request, response, failure);
                serverWait = response.rateLimits().retryAfter();
            } catch (IOException e) {
                ApiConnectionException connectionFailure = classifier.fromIOException(request, e);
                failure = connectionFailure;
                retryable = classifier.mayRetry(request, connectionFailure);
            }
            if (!retryable) {
                throw failure;
            }
            waitBeforeRetry(request, backoff, serverWait, failure);
        }
    }

    Backoff newBackoff() {
        return new Backoff(policy, random);
    }

    /** Sleeps for the backoff's next wait, or throws {@code failure} when the budget is spent. */
    void waitBeforeRetry(ApiRequest request, Backoff backoff, Duration serverWait, ApiException failure) {
        Optional<Duration> wait = backoff.next(serverWait);
        if (wait.isEmpty()) {
            throw failure;
        }
        transport.log().retry(request.label(), backoff.retries(), wait.get().toMillis(), failure.getMessage());
        try {
            Thread.sleep(wait.get().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private <T> T read(ApiRequest request, ApiResponse response, Function<ApiResponse, T> reader) {
        try {
            return reader.apply(response);
        } catch (ApiJson.MalformedBodyException e) {
            throw classifier.malformed(request, response, e);
        }
    }
}
