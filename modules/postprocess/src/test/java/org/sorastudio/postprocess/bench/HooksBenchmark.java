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
package org.sorastudio.postprocess.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.postprocess.ClipOutcome;
import org.sorastudio.postprocess.HookPresets;
import org.sorastudio.postprocess.PostProcessor;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.queue.api.Transition;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;
import org.sorastudio.testing.fixtures.SimulatorQueue;

/**
 * {@code ./studio bench hooks}: 200 clips from the simulator through the queue, once without hooks and once through a
 * two-step chain (the last frame as PNG with ffmpeg, then a copy of the clip), on the post-processor's default pool.
 * Prints the queue's completion-to-download delay (p50/p95) both ways, the hooks' throughput (clips per second from the
 * first clip queued for hooks to the last processed) and one {@code RESULT} line. The goal: hooks add nothing to the
 * delay, because they never run on the queue's threads.
 */
public final class HooksBenchmark {

    private static final int JOBS = 200;
    private static final int PARALLEL = 24;
    private static final int RENDER_MS = 50;
    private static final int SECONDS = 4;
    private static final int DISTINCT_PROMPTS = 10;

    private HooksBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("hooks-bench");
        Run plain = run(folder.resolve("plain"), List.of());
        HookStep copy = new HookStep("Copy clip", List.of("cp", "{clip}", "{dir}/{stem}.copy.mp4"), 60, true);
        Run hooked = run(folder.resolve("hooked"), List.of(HookPresets.LAST_FRAME, copy));
        System.out.printf(Locale.ROOT, "%d clips without hooks: download started p50 %d ms / p95 %d ms after completion%n",
                JOBS, plain.p50, plain.p95);
        System.out.printf(Locale.ROOT, "%d clips through 2 hooks (%d threads): p50 %d ms / p95 %d ms; hooks %.2f clips/s "
                        + "(%.1f s for all), %d failed%n",
                JOBS, PostProcessor.DEFAULT_THREADS, hooked.p50, hooked.p95, hooked.hookThroughput, hooked.hookSeconds,
                hooked.hookFailures);
        System.out.printf(Locale.ROOT, "RESULT clips=%d completion_to_download_p95_ms=%d completion_to_download_p95_ms_with_hooks=%d "
                        + "p95_added_by_hooks_ms=%d hook_steps=2 hook_threads=%d hooks_clips_per_second=%.2f hook_failures=%d%n",
                JOBS, plain.p95, hooked.p95, hooked.p95 - plain.p95, PostProcessor.DEFAULT_THREADS, hooked.hookThroughput,
                hooked.hookFailures);
        System.exit(0);
    }

    private static Run run(Path folder, List<HookStep> steps) throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().seed(21).renderMillisPerVideoSecond(RENDER_MS)
                .requestsPerMinute(1_000_000).build();
        try (SimulatorServer server = SimulatorServer.start(config);
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), "sk-hooks-bench").build();
             PostProcessor hooks = new PostProcessor(() -> steps, PostProcessor.DEFAULT_THREADS)) {
            RenderQueue queue = RenderQueue.open(folder.resolve("bench.sorastudio.queue.json"),
                    new QueueOptions(PARALLEL, Duration.ofMinutes(10), folder.resolve("clips")), SimulatorQueue.provider(client));
            queue.addListener(hooks.listenerFor(queue));
            List<Instant> hookTimes = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
            hooks.addListener(outcome -> {
                if (outcome.status() == ClipOutcome.Status.QUEUED || outcome.status() == ClipOutcome.Status.SUCCEEDED
                        || outcome.status() == ClipOutcome.Status.FAILED) {
                    hookTimes.add(Instant.now());
                }
                if (outcome.status() == ClipOutcome.Status.FAILED) {
                    failures.incrementAndGet();
                }
            });
            List<JobSpec> specs = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                specs.add(new JobSpec("shot-" + i, "Hook bench " + (i % DISTINCT_PROMPTS) + ": gulls over a harbour",
                        "sora-2", "1280x720", SECONDS, null, SimulatorQueue.PROFILE));
            }
            queue.enqueue(specs);
            if (!queue.awaitIdle(Duration.ofMinutes(10)) || !hooks.awaitIdle(Duration.ofMinutes(20))) {
                throw new IllegalStateException("did not finish: " + queue.stats());
            }
            List<Job> done = queue.jobs();
            queue.shutdown(Duration.ofSeconds(10));
            if (done.stream().filter(job -> job.state() == JobState.COMPLETED).count() != JOBS) {
                throw new IllegalStateException("not every job completed: " + queue.stats());
            }
            long expected = Math.min(RENDER_MS, 1000) + (long) RENDER_MS * SECONDS;
            List<Long> delays = done.stream().map(job -> delay(job, expected)).sorted().toList();
            double hookSeconds = hookTimes.isEmpty() ? 0 : Duration.between(hookTimes.stream().min(Comparator.naturalOrder()).get(),
                    hookTimes.stream().max(Comparator.naturalOrder()).get()).toMillis() / 1000.0;
            return new Run(percentile(delays, 50), percentile(delays, 95), hookSeconds,
                    steps.isEmpty() || hookSeconds == 0 ? 0 : JOBS / hookSeconds, failures.get());
        }
    }

    /** From when the simulator finished the clip (accepted + pickup + render) until the queue started downloading it. */
    private static long delay(Job job, long expectedMillis) {
        Instant accepted = at(job, JobState.IN_PROGRESS);
        Instant download = at(job, JobState.DOWNLOADING);
        return Math.max(0, Duration.between(accepted.plusMillis(expectedMillis), download).toMillis());
    }

    private static Instant at(Job job, JobState state) {
        return job.transitions().stream().filter(t -> t.state() == state).map(Transition::at)
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }

    private record Run(long p50, long p95, double hookSeconds, double hookThroughput, int hookFailures) {
    }
}
