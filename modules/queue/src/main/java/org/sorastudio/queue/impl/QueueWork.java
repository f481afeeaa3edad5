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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.spi.ApiClientProvider;

/**
 * Where the queue's steps do their work: the timer and the request and download pools ({@link QueueThreads}), and each
 * profile's client and rate budget ({@link RequestBudget}, fed by the client's rate-limit headers). Nothing is started
 * once it is stopped.
 */
final class QueueWork {

    private final ApiClientProvider clients;
    private final QueueThreads threads;
    private final Map<String, RequestBudget> budgets = new ConcurrentHashMap<>();
    private final Set<VideoApiClient> watchedClients = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile boolean stopped;

    QueueWork(String name, ApiClientProvider clients) {
        this.clients = clients;
        this.threads = new QueueThreads(name);
    }

    /** Whether the queue has stopped: nothing new is started. */
    boolean stopped() {
        return stopped;
    }

    /** Starts nothing new from now on; then {@link #shutdown}. */
    void stop() {
        stopped = true;
    }

    /** Runs {@code step} after {@code delay} as the job's next timed step, replacing the one it had; under the lock. */
    void schedule(JobRecord job, Duration delay, Runnable step) {
        if (stopped) {
            return;
        }
        if (job.pending != null) {
            job.pending.cancel(false);
        }
        job.pending = threads.schedule(delay, step);
    }

    /** Runs {@code step} after {@code delay}; null once shut down. */
    ScheduledFuture<?> schedule(Duration delay, Runnable step) {
        return threads.schedule(delay, step);
    }

    /** Runs a (blocking) API call on the request pool. */
    void execute(Runnable call) {
        if (!stopped) {
            threads.request(call);
        }
    }

    /** Runs a (long) transfer on the download pool. */
    void executeDownload(Runnable transfer) {
        if (!stopped) {
            threads.download(transfer);
        }
    }

    RequestBudget budget(String profile) {
        return budgets.computeIfAbsent(profile, p -> new RequestBudget(System::nanoTime));
    }

    /** The requests sent and the ones answered 429, over every profile. */
    long requests() {
        return budgets.values().stream().mapToLong(RequestBudget::requests).sum();
    }

    long rateLimited() {
        return budgets.values().stream().mapToLong(RequestBudget::rateLimited).sum();
    }

    /** The profile's client, watched for rate-limit headers from its first request on. */
    VideoApiClient client(String profile) {
        VideoApiClient client = clients.clientFor(profile);
        synchronized (watchedClients) {
            if (watchedClients.add(client)) {
                client.addRateLimitListener(budget(profile));
            }
        }
        return client;
    }

    /** Stops, interrupts waiting work and waits for running calls to return; false if some did not in time. */
    boolean shutdown(Duration timeout) throws InterruptedException {
        stopped = true;
        return threads.shutdown(timeout);
    }

    /** Stops listening to the clients' rate-limit headers (the provider owns the clients and may keep them). */
    void forgetClients() {
        synchronized (watchedClients) {
            for (VideoApiClient client : watchedClients) {
                budgets.values().forEach(client::removeRateLimitListener);
            }
            watchedClients.clear();
        }
    }
}
