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

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.AtomicFile;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;

/**
 * The queue journal on disk, written atomically by one background thread with group commit: a
 * change marks the journal dirty and is written within {@link #BATCH_DELAY}, so a busy queue
 * rewrites the file a few times a second rather than on every poll; whoever needs a change durable
 * before going on (a create about to be sent, a video id just received) waits for the next write,
 * which covers every change made so far and starts at once, unless the writer has just written: it then rests as long
 * as its last write took. A big queue whose running jobs ask for durable writes all the time (10,000 jobs, 100 at a
 * time: a 24 MB journal, twenty urgent writes a second) so keeps its writer busy half the time at most, not all the
 * time, while a small journal (a write of a millisecond) is written as soon as asked. The state is taken under the state lock as
 * a list of already encoded parts (compact JSON, each job's kept until it changes), written one after another
 * outside the lock (never joined into one big array): a big queue holds its lock for a copy of references.
 */
final class Journal {

    private static final Logger LOG = Logger.getLogger(Journal.class.getName());
    static final Duration BATCH_DELAY = Duration.ofMillis(250);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    private final AtomicFile file;
    private final Object stateLock;
    private final Supplier<List<byte[]>> snapshot;
    private final Object monitor = new Object();
    private final Object writeLock = new Object();
    /** Version of the state; changed under {@link #stateLock}. */
    private volatile long requested;
    private long written;
    private long urgentUpTo;
    private IOException failure;
    private long failedVersion;
    private boolean closed;
    /** Work waiting for a version to be on disk (version, work), in the order given; guarded by {@link #monitor}. */
    private final List<Map.Entry<Long, Runnable>> afterWrite = new ArrayList<>();
    private final Thread writer;

    /**
     * @param stateLock the lock under which the state changes and {@code snapshot} is taken
     * @param snapshot  the whole state as JSON, called while holding {@code stateLock}
     */
    static Journal ofJson(JsonDataFile file, Object stateLock, Supplier<JsonObject> snapshot) {
        return new Journal(file, stateLock, () -> List.of(Json.COMPACT.toJson(snapshot.get()).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param stateLock the lock under which the state changes and {@code snapshot} is taken
     * @param snapshot  the whole state as UTF-8 JSON in parts to be written one after the other, called while holding
     *                  {@code stateLock}; the parts must not change afterwards
     */
    Journal(JsonDataFile file, Object stateLock, Supplier<List<byte[]>> snapshot) {
        this.file = new AtomicFile(file.path());
        this.stateLock = stateLock;
        this.snapshot = snapshot;
        this.writer = new Thread(this::writeLoop, "queue-journal " + file.path().getFileName());
        writer.setDaemon(true);
        writer.start();
    }

    /** Records that the state changed; call while holding the state lock. Returns the change's version. */
    long markDirty() {
        long version = ++requested;
        synchronized (monitor) {
            monitor.notifyAll();
        }
        return version;
    }

    /**
     * Returns once the state of {@code version} (or later) is on disk. Must not be called while
     * holding the state lock.
     *
     * @throws IOException when the journal cannot be written
     */
    void awaitDurable(long version) throws IOException, InterruptedException {
        synchronized (monitor) {
            if (!closed) {
                urgentUpTo = Math.max(urgentUpTo, version);
                monitor.notifyAll();
                while (written < version && !closed) {
                    if (failure != null && failedVersion >= version) {
                        throw failure;
                    }
                    monitor.wait();
                }
                if (written >= version) {
                    return;
                }
            }
        }
        // closed: no writer thread any more, so write on this thread
        writeNow();
    }

    /**
     * Runs {@code work} once the state of {@code version} (or later) is on disk, or the write failed (as
     * {@link #awaitDurable} callers that go on regardless would), without a thread waiting for it: on the writer thread
     * after its write, so the work must be short (hand it to a pool). The write is due at once.
     */
    void afterDurable(long version, Runnable work) {
        synchronized (monitor) {
            if (!closed && written < version) {
                afterWrite.add(Map.entry(version, work));
                urgentUpTo = Math.max(urgentUpTo, version);
                monitor.notifyAll();
                return;
            }
        }
        // on disk already, or closed: then the queue has stopped and close() writes what is left
        work.run();
    }

    /** Writes what is pending and stops the writer thread. */
    void close(Duration timeout) throws InterruptedException {
        synchronized (monitor) {
            closed = true;
            monitor.notifyAll();
        }
        writer.join(Math.max(1, timeout.toMillis()));
        try {
            writeNow();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot save the queue journal {0}: {1}", new Object[]{file.target(), e.getMessage()});
        }
        runAfterWrite(Long.MAX_VALUE);
    }

    private void writeLoop() {
        long lastWrite = 0;
        long lastDuration = 0;
        try {
            while (awaitWork(lastWrite, lastDuration)) {
                long start = System.currentTimeMillis();
                long upTo;
                try {
                    writeNow();
                    upTo = writtenVersion();
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Cannot write the queue journal {0}: {1}", new Object[]{file.target(), e.getMessage()});
                    upTo = failedVersionOr(writtenVersion());
                }
                lastWrite = System.currentTimeMillis();
                lastDuration = lastWrite - start;
                runAfterWrite(upTo);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until a write is due: for urgent changes once the writer has rested as long as its last write took, else a
     * batch delay after the last write.
     */
    private boolean awaitWork(long lastWrite, long lastDuration) throws InterruptedException {
        synchronized (monitor) {
            while (!closed) {
                if (requested > written) {
                    long due = lastWrite + (failure != null ? RETRY_DELAY : BATCH_DELAY).toMillis();
                    if (urgentUpTo > written && failure == null) {
                        due = Math.min(due, lastWrite + lastDuration);
                    }
                    long now = System.currentTimeMillis();
                    if (now >= due) {
                        return true;
                    }
                    monitor.wait(due - now);
                } else {
                    monitor.wait();
                }
            }
            return false;
        }
    }

    /** Writes the current state unless it is on disk already. Lock order: write lock, then state lock. */
    private void writeNow() throws IOException {
        synchronized (writeLock) {
            long version;
            List<byte[]> parts;
            synchronized (stateLock) {
                version = requested;
                if (version <= writtenVersion()) {
                    return;
                }
                parts = snapshot.get();
            }
            try {
                file.write(parts);
                synchronized (monitor) {
                    written = version;
                    failure = null;
                    monitor.notifyAll();
                }
            } catch (IOException e) {
                synchronized (monitor) {
                    failure = e;
                    failedVersion = version;
                    monitor.notifyAll();
                }
                throw e;
            }
        }
    }

    /** Runs the waiting work of versions up to {@code version}, outside the monitor. */
    private void runAfterWrite(long version) {
        List<Runnable> due = new ArrayList<>();
        synchronized (monitor) {
            afterWrite.removeIf(entry -> {
                if (entry.getKey() <= version) {
                    due.add(entry.getValue());
                    return true;
                }
                return false;
            });
        }
        for (Runnable work : due) {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Work after a journal write failed", e);
            }
        }
    }

    private long failedVersionOr(long version) {
        synchronized (monitor) {
            return failure != null ? Math.max(version, failedVersion) : version;
        }
    }

    private long writtenVersion() {
        synchronized (monitor) {
            return written;
        }
    }
}
