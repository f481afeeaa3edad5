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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.queue.api.QueueListener;

/** Delivers queue events to listeners in order on one daemon thread, so no listener runs under the queue's lock. */
final class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());

    private final List<QueueListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService thread;

    EventDispatcher(String name) {
        thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
    }

    void add(QueueListener listener) {
        listeners.add(listener);
    }

    void remove(QueueListener listener) {
        listeners.remove(listener);
    }

    void publish(Consumer<QueueListener> event) {
        if (listeners.isEmpty()) {
            return;
        }
        try {
            thread.execute(() -> deliver(event));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Event after shutdown dropped");
        }
    }

    /**
     * Delivers a value computed on the event thread when its turn comes (once for all listeners).
     *
     * @return whether the event was queued (there are listeners and the dispatcher runs)
     */
    <T> boolean publishComputed(Supplier<T> value, BiConsumer<QueueListener, T> event) {
        if (listeners.isEmpty()) {
            return false;
        }
        try {
            thread.execute(() -> {
                T computed = value.get();
                deliver(listener -> event.accept(listener, computed));
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Event after shutdown dropped");
            return false;
        }
    }

    private void deliver(Consumer<QueueListener> event) {
        for (QueueListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Queue listener " + listener + " failed", e);
            }
        }
    }

    /** Delivers what is pending, then stops. */
    boolean shutdown(long timeoutMillis) throws InterruptedException {
        thread.shutdown();
        return thread.awaitTermination(Math.max(1, timeoutMillis), TimeUnit.MILLISECONDS);
    }
}
