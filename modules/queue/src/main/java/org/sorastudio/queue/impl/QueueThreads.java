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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The queue's daemon threads: a timer for delayed steps, a pool for short API calls (creates,
 * polls, lists, deletes) and a separate, smaller pool for downloads, so that clips being
 * transferred never hold up the status checks that notice the next finished job.
 */
final class QueueThreads {

    private static final Logger LOG = Logger.getLogger(QueueThreads.class.getName());
    private static final int REQUEST_THREADS = 16;
    private static final int DOWNLOAD_THREADS = 4;

    private final ScheduledThreadPoolExecutor timer;
    private final ThreadPoolExecutor requests;
    private final ThreadPoolExecutor downloads;

    QueueThreads(String name) {
        timer = new ScheduledThreadPoolExecutor(1, daemonThreads("queue-timer " + name));
        timer.setRemoveOnCancelPolicy(true);
        requests = pool(REQUEST_THREADS, "queue-request " + name);
        downloads = pool(DOWNLOAD_THREADS, "queue-download " + name);
    }

    /** Runs {@code step} after {@code delay}; null once shut down. */
    ScheduledFuture<?> schedule(Duration delay, Runnable step) {
        try {
            return timer.schedule(() -> guarded(step), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    void request(Runnable call) {
        submit(requests, call);
    }

    void download(Runnable transfer) {
        submit(downloads, transfer);
    }

    /** Interrupts waiting work and waits for running calls to return; false if some did not in time. */
    boolean shutdown(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        timer.shutdownNow();
        requests.shutdownNow();
        downloads.shutdownNow();
        // every pool gets its wait, even when an earlier one did not end in time
        boolean timerEnded = timer.awaitTermination(left(deadline), TimeUnit.NANOSECONDS);
        boolean requestsEnded = requests.awaitTermination(left(deadline), TimeUnit.NANOSECONDS);
        boolean downloadsEnded = downloads.awaitTermination(left(deadline), TimeUnit.NANOSECONDS);
        return timerEnded && requestsEnded && downloadsEnded;
    }

    private static void submit(ThreadPoolExecutor pool, Runnable work) {
        try {
            pool.execute(() -> guarded(work));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Work after shutdown dropped");
        }
    }

    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unexpected failure in the render queue", e);
        }
    }

    private static ThreadPoolExecutor pool(int threads, String name) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads(name));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static long left(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + " #" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
