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
package org.sorastudio.postprocess.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;
import org.sorastudio.testing.fixtures.SimulatorQueue;

/** A disk that fills while a batch downloads (an injected free-space provider), against the simulator over HTTP. */
class DiskGuardTest {

    @TempDir
    Path folder;

    @Test
    void theQueuePausesWhenTheDiskFillsAndLosesNothing() throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().seed(9).renderMillisPerVideoSecond(300).requestsPerMinute(1_000_000).build();
        // 20 MB free, 10 MB threshold: every clip written takes its size off the free space
        AtomicLong written = new AtomicLong();
        AtomicLong capacity = new AtomicLong(20_000_000L);
        Path clips = folder.resolve("clips");
        FreeSpace filling = path -> capacity.get() - written.get();
        try (SimulatorServer server = SimulatorServer.start(config);
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), "sk-disk-test").build()) {
            RenderQueue queue = RenderQueue.open(folder.resolve("q.sorastudio.queue.json"),
                    new QueueOptions(1, Duration.ofMinutes(5), clips), SimulatorQueue.provider(client));
            ClipSizeEstimator estimator = new ClipSizeEstimator();
            queue.addListener(new DiskGuard(queue, filling, estimator, () -> 10_000_000L));
            queue.addListener(new org.sorastudio.queue.api.QueueListener() {
                @Override
                public void jobChanged(Job job) {
                    if (job.state() == JobState.COMPLETED) {
                        written.addAndGet(4_000_000L); // as if each clip were 4 MB
                    }
                }
            });
            List<JobSpec> shots = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> new JobSpec("s" + i, "Filling shot " + i, "sora-2", "1280x720", 4, null, "sim")).toList();

            queue.enqueue(shots);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!(queue.isPaused() && queue.stats().running() == 0 && queue.stats().downloading() == 0)
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(queue.isPaused()).isTrue();
            assertThat(queue.stats().pauseReason()).startsWith("The output folder is nearly full: ").contains("10 MB should stay free");
            long completed = queue.jobs().stream().filter(job -> job.state() == JobState.COMPLETED).count();
            assertThat(completed).isBetween(1L, 5L);
            assertThat(queue.jobs()).noneMatch(job -> job.state() == JobState.FAILED);
            assertThat(queue.jobs().stream().filter(job -> job.state() == JobState.COMPLETED))
                    .allMatch(job -> Files.isRegularFile(job.videoFile()) && Files.isRegularFile(job.sidecarFile()));
            assertThat(queue.jobs().stream().map(Job::state).collect(Collectors.toSet()))
                    .as("the rest wait, queued").contains(JobState.QUEUED);

            capacity.set(1_000_000_000_000L); // space freed: Resume finishes the batch
            queue.resume();
            assertThat(queue.awaitIdle(Duration.ofMinutes(2))).isTrue();
            assertThat(queue.jobs()).allMatch(job -> job.state() == JobState.COMPLETED);
            queue.shutdown(Duration.ofSeconds(10));
        }
    }
}
