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
import java.util.ArrayList;
import java.util.List;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;

/**
 * The process {@link CrashResumeTest} kills: opens the queue journal, queues the batch if the
 * journal is new, and works until every job is finished.
 * Arguments: {@code BASE_URL JOURNAL CLIPS_FOLDER JOBS PARALLEL}.
 */
public final class CrashWorkerMain {

    private CrashWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        URI baseUrl = URI.create(args[0]);
        Path journal = Path.of(args[1]);
        Path clips = Path.of(args[2]);
        int jobs = Integer.parseInt(args[3]);
        int parallel = Integer.parseInt(args[4]);
        try (VideoApiClient client = SimulatorFixture.clientFor(baseUrl)) {
            RenderQueue queue = RenderQueue.open(journal, new QueueOptions(parallel, Duration.ofMinutes(5), clips),
                    SimulatorFixture.provider(client));
            if (queue.jobs().isEmpty()) {
                queue.enqueue(batch(jobs));
            }
            boolean idle = queue.awaitIdle(Duration.ofMinutes(2));
            queue.shutdown(Duration.ofSeconds(10));
            System.out.println(idle ? "IDLE" : "TIMEOUT");
            System.exit(idle ? 0 : 1);
        }
    }

    static List<JobSpec> batch(int jobs) {
        List<JobSpec> specs = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            // shots repeat, so reconciliation must pair identical creates with their videos one to one
            specs.add(SimulatorFixture.spec("Crash shot " + i % 4 + ": a paper boat on a rainy street"));
        }
        return specs;
    }
}
