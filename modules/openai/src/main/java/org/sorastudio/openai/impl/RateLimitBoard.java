package org.sorastudio.openai.impl;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.openai.RateLimitListener;
import org.sorastudio.openai.RateLimitSnapshot;

/** Keeps the latest rate-limit snapshot and tells the listeners about each new one. */
final class RateLimitBoard {

    private static final Logger LOG = Logger.getLogger(RateLimitBoard.class.getName());

    private final List<RateLimitListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<RateLimitSnapshot> latest = new AtomicReference<>();

    void add(RateLimitListener listener) {
        listeners.add(listener);
    }

    void remove(RateLimitListener listener) {
        listeners.remove(listener);
    }

    Optional<RateLimitSnapshot> latest() {
        return Optional.ofNullable(latest.get());
    }

    void publish(RateLimitSnapshot snapshot) {
        latest.set(snapshot);
        for (RateLimitListener listener : listeners) {
            try {
                listener.rateLimitsObserved(snapshot);
            } catch (RuntimeException e) {
                // One faulty listener must not fail the call or starve the others.
                LOG.log(Level.WARNING, "Rate-limit listener " + listener + " failed", e);
            }
        }
    }
}
