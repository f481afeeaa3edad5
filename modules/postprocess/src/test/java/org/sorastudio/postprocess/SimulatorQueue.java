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
package org.sorastudio.postprocess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** A simulator on loopback and a real queue over it, in a temporary folder. */
public final class SimulatorQueue implements AutoCloseable {

    public static final String PROFILE = "sim";

    final SimulatorServer server;
    final VideoApiClient client;
    final RenderQueue queue;
    final Path clips;

    SimulatorQueue(Path folder, int renderMillisPerSecond, int parallel) throws Exception {
        this(folder, renderMillisPerSecond, parallel, folder.resolve("test.sorastudio.queue.json"));
    }

    /** A new simulator, and the queue of {@code journal} (a new one, or one a test closed before: reopened). */
    SimulatorQueue(Path folder, int renderMillisPerSecond, int parallel, Path journal) throws Exception {
        this(renderMillisPerSecond, parallel, journal, folder.resolve("clips"));
    }

    /** A new simulator, and the queue of {@code journal} with its clips in {@code clips}. */
    SimulatorQueue(int renderMillisPerSecond, int parallel, Path journal, Path clips) throws Exception {
        server = SimulatorServer.start(SimulatorConfig.builder().seed(5).renderMillisPerVideoSecond(renderMillisPerSecond)
                .requestsPerMinute(1_000_000).build());
        client = VideoApiClient.builder(server.baseUrl(), "sk-postprocess-test").readTimeout(Duration.ofSeconds(20)).build();
        this.clips = clips;
        queue = RenderQueue.open(journal,
                new QueueOptions(parallel, Duration.ofMinutes(5), clips), provider(client));
    }

    public static ApiClientProvider provider(VideoApiClient client) {
        return new ApiClientProvider() {
            @Override
            public VideoApiClient clientFor(String profileName) {
                return client;
            }

            @Override
            public String activeProfile() {
                return PROFILE;
            }
        };
    }

    /** {@code count} distinct 4 s 1280x720 sora-2 shots. */
    static List<JobSpec> shots(int count, String prompt) {
        List<JobSpec> specs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            specs.add(new JobSpec("shot-" + i, prompt + " " + i, "sora-2", "1280x720", 4, null, PROFILE));
        }
        return specs;
    }

    @Override
    public void close() {
        queue.shutdown(Duration.ofSeconds(10));
        client.close();
        server.close();
    }
}
