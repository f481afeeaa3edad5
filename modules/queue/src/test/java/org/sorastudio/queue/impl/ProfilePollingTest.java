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

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.ProfileTuning;
import org.sorastudio.core.model.Settings;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;

/**
 * A profile's polling (its tuning's shortest wait between status checks) over HTTP: the simulator sees fewer status
 * requests for the same job, the job still completes, and a settings change reaches a running queue.
 */
class ProfilePollingTest {

    /**
     * A 12 s clip rendered in 12 s, the simulator asking for checks at least 1 s apart: the queue's own timing checks
     * about nine times in that while.
     */
    private static final int RENDER_MILLIS_PER_SECOND = 1000;

    @TempDir
    Path folder;

    @Test
    void aProfilesPollingIntervalCutsTheStatusRequestsTheServerSees() throws Exception {
        long adaptive = requestsForOneJob(folder.resolve("adaptive"), Map.of());
        long paced = requestsForOneJob(folder.resolve("paced"), Map.of(SimulatorFixture.PROFILE, Duration.ofSeconds(8)));

        // the same create and downloads either way; the queue's own timing checks the 12 s render about six times (it
        // learns the end from the progress), 8 s between checks twice
        assertThat(paced).as("requests with 8 s between checks, against %d on the queue's own timing", adaptive)
                .isLessThanOrEqualTo(adaptive - 3);
    }

    @Test
    void theSettingsGiveEachProfileItsOwnIntervalAndOlderProfilesNone() {
        Profile slow = new Profile("Slow gateway", "https://gw.example/v1", null, null, List.of())
                .withTuning(new ProfileTuning(1, 3, 500, 8000, 100, 20));
        Profile plain = new Profile("OpenAI", "https://api.openai.com/v1", null, null, List.of());
        Settings settings = new Settings("OpenAI", List.of(slow, plain), null, 2, 30, 60, null);

        QueueOptions options = QueueOptions.of(settings, folder);

        assertThat(options.pollIntervalFor("Slow gateway")).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.pollIntervalFor("OpenAI")).isZero();
        assertThat(options.pollIntervalFor(Profile.OFFLINE_SIMULATOR)).isZero();
        assertThat(options.withMaxWait(Duration.ofMinutes(5)).pollIntervalFor("Slow gateway")).isEqualTo(Duration.ofSeconds(20));
    }

    private static long requestsForOneJob(Path folder, Map<String, Duration> intervals) throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().renderMillisPerVideoSecond(RENDER_MILLIS_PER_SECOND),
                folder)) {
            RenderQueue queue = RenderQueue.open(folder.resolve("project.sorastudio.queue.json"),
                    new QueueOptions(1, Duration.ofMinutes(2), folder.resolve("clips"), intervals), sim.provider());
            sim.queues.add(queue);
            queue.enqueue(List.of(new JobSpec("shot-1", "A lighthouse at dawn", "sora-2", "1280x720", 12, null,
                    SimulatorFixture.PROFILE)));

            assertThat(queue.awaitIdle(Duration.ofSeconds(60))).isTrue();
            assertThat(queue.stats().completed()).isEqualTo(1);
            return sim.server.requestCount();
        }
    }
}
