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
package org.sorastudio.core.impl;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an autosave on its own thread: shortly after each change (changes in quick succession are
 * saved once) and on a fixed interval as a safety net.
 */
final class Autosaver implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Autosaver.class.getName());
    static final long DEBOUNCE_MILLIS = 1500;

    interface Save {
        void run() throws IOException;
    }

    private final Save save;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "Sora Studio autosave");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;

    Autosaver(Save save, int intervalSeconds) {
        this.save = save;
        if (intervalSeconds > 0) {
            executor.scheduleWithFixedDelay(this::saveNow, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
        }
    }

    synchronized void changed() {
        if (pending == null || pending.isDone()) {
            pending = executor.schedule(this::saveNow, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void saveNow() {
        try {
            save.run();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Autosave failed; the next change or interval tries again", e);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
