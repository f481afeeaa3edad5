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
package org.sorastudio.queue.impl;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.sorastudio.openai.RateLimitListener;
import org.sorastudio.openai.RateLimitSnapshot;

/**
 * One profile's request budget, learned from the rate-limit headers its client publishes. A
 * token bucket refilled continuously at {@code limit} requests per minute (how OpenAI describes
 * its limits), clamped by every response's {@code remaining} count so that requests the queue did
 * not budget (the client's own retries) are accounted for. Until the first response arrives only
 * one request is in flight, so even a full bucket on the server is never overrun. A 429 cools down
 * this profile alone for the server's {@code retry-after}.
 */
final class RequestBudget implements RateLimitListener {

    private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** Wait after a 429 without retry-after. */
    private static final long DEFAULT_COOLDOWN_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How often to look again while the first request of an unknown server is out. */
    private static final long LEARNING_RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private enum Knowledge { UNKNOWN, LIMITED, UNLIMITED }

    private final NanoClock clock;
    private Knowledge knowledge = Knowledge.UNKNOWN;
    private long limit;
    private double tokens;
    private long refilledAt;
    private long cooldownUntil;
    private int inFlight;
    private long requests;
    private long rateLimited;

    RequestBudget(NanoClock clock) {
        this.clock = clock;
        this.refilledAt = clock.nanoTime();
    }

    /**
     * Takes a request permit: returns 0 when granted (call {@link #release()} when answered), else
     * nanos to wait. {@code reserve} tokens are left for others: creates leave some for the polls
     * and downloads of jobs already paid for.
     */
    synchronized long tryAcquire(int reserve) {
        long now = clock.nanoTime();
        refill(now);
        if (now < cooldownUntil) {
            return cooldownUntil - now;
        }
        switch (knowledge) {
            case UNKNOWN -> {
                if (inFlight > 0) {
                    return LEARNING_RECHECK_NANOS;
                }
            }
            case LIMITED -> {
                double needed = 1 + Math.min(reserve, limit / 10);
                if (tokens < needed) {
                    return Math.max(1, (long) Math.ceil((needed - tokens) * MINUTE_NANOS / limit));
                }
                tokens -= 1;
            }
            case UNLIMITED -> {
                // nothing to count
            }
        }
        inFlight++;
        requests++;
        return 0;
    }

    /** Waits for a permit; for rare or long calls (downloads, lists, deletes) on worker threads. */
    void acquire() throws InterruptedException {
        long wait;
        while ((wait = tryAcquire(0)) > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    synchronized void release() {
        inFlight = Math.max(0, inFlight - 1);
    }

    /** Called by the client on the requesting thread, before that request's permit is released. */
    @Override
    public synchronized void rateLimitsObserved(RateLimitSnapshot snapshot) {
        long now = clock.nanoTime();
        refill(now);
        if (snapshot.limitRequests() != null && snapshot.limitRequests() > 0) {
            if (knowledge != Knowledge.LIMITED) {
                tokens = snapshot.limitRequests();
            }
            knowledge = Knowledge.LIMITED;
            limit = snapshot.limitRequests();
        } else if (knowledge == Knowledge.UNKNOWN && snapshot.statusCode() != 429) {
            knowledge = Knowledge.UNLIMITED;
        }
        if (snapshot.remainingRequests() != null && knowledge == Knowledge.LIMITED) {
            // Other requests still out may not have been counted by the server yet: assume they were not.
            long othersOut = Math.max(0, inFlight - 1);
            tokens = Math.min(tokens, snapshot.remainingRequests() - othersOut);
        }
        if (snapshot.statusCode() == 429) {
            rateLimited++;
            Duration wait = snapshot.retryAfter();
            long waitNanos = wait == null ? DEFAULT_COOLDOWN_NANOS : Math.max(wait.toNanos(), 1);
            cooldownUntil = Math.max(cooldownUntil, now + waitNanos);
            tokens = Math.min(tokens, 0);
        }
    }

    /** Holds every request of this profile back for {@code wait} (e.g. the server is unreachable). */
    synchronized void coolDown(Duration wait) {
        cooldownUntil = Math.max(cooldownUntil, clock.nanoTime() + wait.toNanos());
    }

    synchronized long requests() {
        return requests;
    }

    synchronized long rateLimited() {
        return rateLimited;
    }

    /** The learned limit in requests per minute, or 0 while unknown or unlimited. */
    synchronized long limitPerMinute() {
        return knowledge == Knowledge.LIMITED ? limit : 0;
    }

    private void refill(long now) {
        if (knowledge == Knowledge.LIMITED && now > refilledAt) {
            tokens = Math.min(limit, tokens + (double) (now - refilledAt) * limit / MINUTE_NANOS);
        }
        refilledAt = now;
    }

    /** {@link System#nanoTime()}, replaceable in tests. */
    @FunctionalInterface
    interface NanoClock {
        long nanoTime();
    }
}
