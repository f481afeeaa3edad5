package org.sorastudio.openai;

import java.time.Duration;
import java.util.Optional;

/**
 * 429. Either "slow down" (a rate limit: wait {@link #retryAfter()} and try again) or "insufficient
 * quota" (the account is out of credit: waiting does not help, the user must act).
 */
public final class RateLimitException extends ApiException {

    private final boolean quotaExhausted;
    private final RateLimitSnapshot rateLimits;

    public RateLimitException(String message, Failure failure, boolean quotaExhausted, RateLimitSnapshot rateLimits) {
        super(message, failure, null);
        this.quotaExhausted = quotaExhausted;
        this.rateLimits = rateLimits;
    }

    public boolean isQuotaExhausted() {
        return quotaExhausted;
    }

    /** The server's {@code retry-after-ms} or {@code retry-after}, if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(rateLimits.retryAfter());
    }

    public RateLimitSnapshot rateLimits() {
        return rateLimits;
    }
}
