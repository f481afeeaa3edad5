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

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.openai.RateLimitSnapshot;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** A simulator on loopback, a client provider over it, and a queue in a temporary folder. */
final class SimulatorFixture implements AutoCloseable {

    static final String KEY = "sk-queue-test-key";
    static final String PROFILE = "sim";

    final SimulatorServer server;
    final VideoApiClient client;
    final Path folder;
    final AtomicLong rateLimitedResponses = new AtomicLong();
    final List<RenderQueue> queues = new CopyOnWriteArrayList<>();

    SimulatorFixture(SimulatorConfig.Builder config, Path folder) {
        this.server = SimulatorServer.start(config.build());
        this.client = clientFor(server.baseUrl());
        this.folder = folder;
        client.addRateLimitListener((RateLimitSnapshot snapshot) -> {
            if (snapshot.statusCode() == 429) {
                rateLimitedResponses.incrementAndGet();
            }
        });
    }

    /** Fast renders: 40 ms per video second. */
    static SimulatorConfig.Builder fast() {
        return SimulatorConfig.builder().seed(7).renderMillisPerVideoSecond(40);
    }

    static VideoApiClient clientFor(URI baseUrl) {
        return VideoApiClient.builder(baseUrl, KEY).readTimeout(Duration.ofSeconds(20)).build();
    }

    ApiClientProvider provider() {
        return provider(client);
    }

    static ApiClientProvider provider(VideoApiClient client) {
        return new ApiClientProvider() {
            @Override
            public VideoApiClient clientFor(String profileName) {
                if (!PROFILE.equals(profileName)) {
                    throw new IllegalArgumentException("There is no profile named '" + profileName + "'");
                }
                return client;
            }

            @Override
            public String activeProfile() {
                return PROFILE;
            }
        };
    }

    RenderQueue open(int parallel) throws DataFileException {
        return open(parallel, Duration.ofMinutes(5));
    }

    RenderQueue open(int parallel, Duration maxWait) throws DataFileException {
        RenderQueue queue = RenderQueue.open(folder.resolve("project.sorastudio.queue.json"),
                new QueueOptions(parallel, maxWait, folder.resolve("clips")), provider());
        queues.add(queue);
        return queue;
    }

    static JobSpec spec(String prompt) {
        return new JobSpec("shot-" + Math.abs(prompt.hashCode()), prompt, "sora-2", "1280x720", 4, null, PROFILE);
    }

    @Override
    public void close() {
        queues.forEach(queue -> queue.shutdown(Duration.ofSeconds(10)));
        client.close();
        server.close();
    }

    /** Remembers every state each job went through, in the order the queue published them. */
    static final class Recorder implements QueueListener {
        final Map<String, Job> latest = new ConcurrentHashMap<>();
        final List<Job> history = new CopyOnWriteArrayList<>();

        @Override
        public void jobChanged(Job job) {
            latest.put(job.id(), job);
            history.add(job);
        }
    }
}
