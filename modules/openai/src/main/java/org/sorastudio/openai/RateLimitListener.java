package org.sorastudio.openai;

/**
 * Told about the rate-limit headers of every response, on the calling thread; must return quickly
 * and not call the client back.
 */
@FunctionalInterface
public interface RateLimitListener {

    void rateLimitsObserved(RateLimitSnapshot snapshot);
}
