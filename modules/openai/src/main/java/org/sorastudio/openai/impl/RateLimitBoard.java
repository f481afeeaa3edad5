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
