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
package org.sorastudio.queue.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sorastudio.openai.ContentVariant;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.RateLimitSnapshot;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.queue.api.Transition;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/**
 * {@code ./studio bench queue}. Part 1: 500 jobs against a simulator limited to
 * {@value #LIMIT_RPM} requests per minute (its bucket drained first, so the queue lives on the
 * refill rate) with fast rendering: throughput as a share of the limit, 429s, requests per job and
 * the delay from a clip's completion to its download. Part 2: the same 40 slower jobs through the
 * queue and through a fixed one-second poll loop (what the Python SDK's {@code create_and_poll} does),
 * comparing requests per job and that delay.
 */
public final class QueueBenchmark {

    private static final String KEY = "sk-bench-0123456789";
    private static final String PROFILE = "bench";
    static final int LIMIT_RPM = 3000;
    private static final int JOBS = 500;
    private static final int FAST_RENDER_MS = 50;
    private static final int COMPARE_JOBS = 40;
    private static final int COMPARE_RENDER_MS = 5000;
    private static final int SECONDS = 4;
    private static final int DISTINCT_PROMPTS = 10;
    private static final int SCALE_JOBS = 10_000;
    private static final int SCALE_RENDER_MS = 10;

    private QueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("queue-bench");
        if (args.length > 0 && args[0].equals("scale")) {
            // the 10,000-job part alone, e.g. under a profiler
            printScale(scaleRun(folder.resolve("scale")));
            System.exit(0);
        }
        Run limited = limitedRun(folder.resolve("limited"));
        System.out.printf(Locale.ROOT, "%d jobs at %d requests/min: %.1f s, %d requests (%.2f per job; %d of them from "
                        + "the bucket left at the start), %.1f%% of the limit used, %d answered 429, download started "
                        + "p50 %d ms / p95 %d ms after completion%n",
                JOBS, LIMIT_RPM, limited.seconds, limited.requests, limited.requestsPerJob(), limited.startingBudget,
                limited.shareOfLimit() * 100,
                limited.rateLimited, limited.p50, limited.p95);

        Run adaptive = adaptiveRun(folder.resolve("adaptive"));
        Run fixed = fixedPollRun(folder.resolve("fixed"));
        System.out.printf(Locale.ROOT, "%d jobs rendering %.1f s each: queue %.2f requests per job (p95 delay %d ms), "
                        + "fixed 1 s poll %.2f requests per job (p95 delay %d ms)%n",
                COMPARE_JOBS, (Math.min(COMPARE_RENDER_MS, 1000) + COMPARE_RENDER_MS * SECONDS) / 1000.0,
                adaptive.requestsPerJob(), adaptive.p95, fixed.requestsPerJob(), fixed.p95);
        double statusRatio = adaptive.statusPerJob() / fixed.statusPerJob();
        System.out.printf(Locale.ROOT, "status requests per job: queue %.2f, fixed 1 s poll %.2f (ratio %.3f)%n",
                adaptive.statusPerJob(), fixed.statusPerJob(), statusRatio);

        Scale scale = scaleRun(folder.resolve("scale"));
        printScale(scale);
        System.out.printf(Locale.ROOT, "RESULT jobs=%d limit_rpm=%d seconds=%.1f throughput_of_limit=%.3f rate_limited=%d "
                        + "requests_per_job=%.2f p95_download_delay_ms=%d adaptive_requests_per_job=%.2f "
                        + "fixed_poll_requests_per_job=%.2f adaptive_p95_delay_ms=%d fixed_poll_p95_delay_ms=%d "
                        + "status_requests_per_job=%.2f fixed_poll_status_requests_per_job=%.2f status_ratio=%.3f "
                        + "completion_to_download_p95_ms=%d scale_jobs=%d journal_bytes_per_job=%.0f replay_ms=%d "
                        + "heap_mb_10k=%.1f clear_finished_ms=%d journal_bytes_after_clear=%d scale_run_seconds=%.1f%n",
                JOBS, LIMIT_RPM, limited.seconds, limited.shareOfLimit(), limited.rateLimited, limited.requestsPerJob(),
                limited.p95, adaptive.requestsPerJob(), fixed.requestsPerJob(), adaptive.p95, fixed.p95,
                adaptive.statusPerJob(), fixed.statusPerJob(), statusRatio, adaptive.p95, SCALE_JOBS,
                scale.journalBytes / (double) SCALE_JOBS, scale.replayMillis, scale.heapBytes / 1e6, scale.clearMillis,
                scale.journalAfterClear, scale.seconds);
        System.exit(0);
    }

    /** 500 fast jobs on a drained bucket: the rate limit is the bottleneck. */
    private static Run limitedRun(Path folder) throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().seed(11).renderMillisPerVideoSecond(FAST_RENDER_MS)
                .requestsPerMinute(LIMIT_RPM).build();
        try (SimulatorServer server = SimulatorServer.start(config);
             VideoApiClient client = client(server)) {
            long leftInBucket = drain(server, LIMIT_RPM - 20);
            Run run = queueRun(folder, client, JOBS, 24, FAST_RENDER_MS);
            return run.withStartingBudget(leftInBucket);
        }
    }

    private static Run adaptiveRun(Path folder) throws Exception {
        try (SimulatorServer server = SimulatorServer.start(compareConfig());
             VideoApiClient client = client(server)) {
            return queueRun(folder, client, COMPARE_JOBS, COMPARE_JOBS, COMPARE_RENDER_MS);
        }
    }

    private static SimulatorConfig compareConfig() {
        return SimulatorConfig.builder().seed(12).renderMillisPerVideoSecond(COMPARE_RENDER_MS).requestsPerMinute(1_000_000)
                .build();
    }

    private static Run queueRun(Path folder, VideoApiClient plain, int jobs, int parallel, int renderMs) throws Exception {
        CountingClient client = new CountingClient(plain);
        AtomicLong responses = new AtomicLong();
        AtomicLong limited = new AtomicLong();
        client.addRateLimitListener(snapshot -> {
            responses.incrementAndGet();
            if (snapshot.statusCode() == 429) {
                limited.incrementAndGet();
            }
        });
        RenderQueue queue = RenderQueue.open(folder.resolve("bench.sorastudio.queue.json"),
                new QueueOptions(parallel, Duration.ofMinutes(10), folder.resolve("clips")), provider(client));
        List<JobSpec> specs = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            specs.add(new JobSpec("shot-" + i, "Benchmark shot " + (i % DISTINCT_PROMPTS) + ": a tram in the snow",
                    "sora-2", "1280x720", SECONDS, null, PROFILE));
        }
        long start = System.nanoTime();
        queue.enqueue(specs);
        if (!queue.awaitIdle(Duration.ofMinutes(5))) {
            throw new IllegalStateException("the queue did not finish: " + queue.stats());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Job> done = queue.jobs();
        queue.shutdown(Duration.ofSeconds(10));
        long completed = done.stream().filter(job -> job.state() == JobState.COMPLETED).count();
        if (completed != jobs) {
            throw new IllegalStateException(completed + " of " + jobs + " jobs completed");
        }
        long expectedMillis = Math.min(renderMs, 1000) + (long) renderMs * SECONDS;
        List<Long> delays = done.stream().map(job -> downloadDelay(job, expectedMillis)).sorted().toList();
        return new Run(jobs, seconds, responses.get(), limited.get(), percentile(delays, 50), percentile(delays, 95))
                .withStatusRequests(client.statusRequests());
    }

    /**
     * A 10,000-job batch run to the end on a fast, unlimited simulator; then its journal: size, how long a new
     * queue takes to replay it, the heap that queue holds, how long clearing the finished jobs takes and what
     * the journal weighs after it.
     */
    private static Scale scaleRun(Path folder) throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().seed(13).renderMillisPerVideoSecond(SCALE_RENDER_MS)
                .requestsPerMinute(1_000_000).build();
        Path journal = folder.resolve("scale.sorastudio.queue.json");
        double seconds;
        try (SimulatorServer server = SimulatorServer.start(config);
             VideoApiClient client = client(server)) {
            RenderQueue queue = RenderQueue.open(journal, new QueueOptions(100, Duration.ofMinutes(30), folder.resolve("clips")),
                    provider(client));
            List<JobSpec> specs = new ArrayList<>();
            for (int i = 0; i < SCALE_JOBS; i++) {
                // prompts repeat: the simulator renders every distinct prompt with ffmpeg (about a second each here),
                // and 10,000 renders, not the queue, were what kept this run from finishing
                specs.add(new JobSpec("shot-" + i, "Scale shot " + (i % DISTINCT_PROMPTS) + ": a tram in the snow",
                        "sora-2", "1280x720", SECONDS, null, PROFILE));
            }
            long start = System.nanoTime();
            queue.enqueue(specs);
            if (!queue.awaitIdle(Duration.ofMinutes(20))) {
                throw new IllegalStateException("the 10,000 jobs did not finish: " + queue.stats());
            }
            seconds = (System.nanoTime() - start) / 1e9;
            queue.shutdown(Duration.ofSeconds(30));
        }
        long journalBytes = Files.size(journal);
        long replayStart = System.nanoTime();
        RenderQueue reopened = RenderQueue.open(journal, new QueueOptions(100, Duration.ofMinutes(30), folder.resolve("clips")),
                provider(null));
        long replayMillis = (System.nanoTime() - replayStart) / 1_000_000;
        if (reopened.jobs().size() != SCALE_JOBS) {
            throw new IllegalStateException("replayed " + reopened.jobs().size() + " of " + SCALE_JOBS + " jobs");
        }
        // what the open queue holds: the heap with it, less the heap once it is closed and gone
        long heapWith = usedHeap();
        long clearStart = System.nanoTime();
        reopened.clearFinished();
        long clearMillis = (System.nanoTime() - clearStart) / 1_000_000;
        reopened.shutdown(Duration.ofSeconds(30));
        reopened = null;
        long heap = heapWith - usedHeap();
        return new Scale(seconds, journalBytes, replayMillis, heap, clearMillis, Files.size(journal));
    }

    private static void printScale(Scale scale) {
        System.out.printf(Locale.ROOT, "%d jobs: ran in %.1f s; journal %d bytes (%.0f per job); replayed in %d ms; "
                        + "heap %.1f MB with the queue open; clear finished %d ms, journal after it %d bytes%n",
                SCALE_JOBS, scale.seconds, scale.journalBytes, scale.journalBytes / (double) SCALE_JOBS, scale.replayMillis,
                scale.heapBytes / 1e6, scale.clearMillis, scale.journalAfterClear);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private record Scale(double seconds, long journalBytes, long replayMillis, long heapBytes, long clearMillis,
                         long journalAfterClear) {
    }

    /** When the simulator finished the clip (accepted + pickup + render) until the queue started downloading it. */
    private static long downloadDelay(Job job, long expectedMillis) {
        Instant accepted = at(job, JobState.IN_PROGRESS);
        Instant download = at(job, JobState.DOWNLOADING);
        return Math.max(0, Duration.between(accepted.plusMillis(expectedMillis), download).toMillis());
    }

    private static Instant at(Job job, JobState state) {
        return job.transitions().stream().filter(t -> t.state() == state).map(Transition::at)
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The baseline: create, poll every second until finished, download video and thumbnail. */
    private static Run fixedPollRun(Path folder) throws Exception {
        Files.createDirectories(folder);
        try (SimulatorServer server = SimulatorServer.start(compareConfig());
             VideoApiClient client = client(server)) {
            AtomicLong responses = new AtomicLong();
            AtomicLong polls = new AtomicLong();
            client.addRateLimitListener(snapshot -> responses.incrementAndGet());
            ExecutorService threads = Executors.newFixedThreadPool(COMPARE_JOBS);
            long expectedMillis = Math.min(COMPARE_RENDER_MS, 1000) + (long) COMPARE_RENDER_MS * SECONDS;
            long start = System.nanoTime();
            List<Future<Long>> delays = new ArrayList<>();
            for (int i = 0; i < COMPARE_JOBS; i++) {
                String prompt = "Benchmark shot " + (i % DISTINCT_PROMPTS) + ": a tram in the snow";
                int n = i;
                delays.add(threads.submit(() -> {
                    Video video = client.create(CreateVideoRequest.of(prompt, "sora-2", SECONDS, "1280x720")).video();
                    long accepted = System.currentTimeMillis();
                    while (!video.isTerminal()) {
                        Thread.sleep(1000);
                        video = client.retrieve(video.id()).video();
                        polls.incrementAndGet();
                    }
                    long delay = System.currentTimeMillis() - (accepted + expectedMillis);
                    client.downloadContent(video.id(), ContentVariant.VIDEO, folder.resolve(n + ".mp4"));
                    client.downloadContent(video.id(), ContentVariant.THUMBNAIL, folder.resolve(n + ".webp"));
                    return Math.max(0, delay);
                }));
            }
            List<Long> sorted = new ArrayList<>();
            for (Future<Long> delay : delays) {
                sorted.add(delay.get());
            }
            threads.shutdown();
            sorted.sort(Comparator.naturalOrder());
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(COMPARE_JOBS, seconds, responses.get(), 0, percentile(sorted, 50), percentile(sorted, 95))
                    .withStatusRequests(polls.get());
        }
    }

    /**
     * Spends most of the key's bucket, so the run starts where a busy account would be; returns
     * what the server says is left (the bucket refills while draining).
     */
    private static long drain(SimulatorServer server, int requests) throws Exception {
        try (VideoApiClient drainer = client(server)) {
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                calls.add(threads.submit(() -> drainer.listModels()));
            }
            for (Future<?> call : calls) {
                call.get();
            }
            threads.shutdown();
            drainer.listModels();
            return drainer.lastRateLimits().map(RateLimitSnapshot::remainingRequests).orElse(0L);
        }
    }

    private static VideoApiClient client(SimulatorServer server) {
        return VideoApiClient.builder(server.baseUrl(), KEY).readTimeout(Duration.ofSeconds(30)).build();
    }

    private static ApiClientProvider provider(VideoApiClient client) {
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

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /**
     * @param startingBudget requests the server's bucket held when the run began; they are not
     *                       throughput the limit granted during the run
     */
    private record Run(int jobs, double seconds, long requests, long rateLimited, long p50, long p95, long startingBudget,
                       long statusRequests) {

        Run(int jobs, double seconds, long requests, long rateLimited, long p50, long p95) {
            this(jobs, seconds, requests, rateLimited, p50, p95, 0, 0);
        }

        Run withStartingBudget(long budget) {
            return new Run(jobs, seconds, requests, rateLimited, p50, p95, budget, statusRequests);
        }

        Run withStatusRequests(long count) {
            return new Run(jobs, seconds, requests, rateLimited, p50, p95, startingBudget, count);
        }

        double statusPerJob() {
            return (double) statusRequests / jobs;
        }

        double requestsPerJob() {
            return (double) requests / jobs;
        }

        double shareOfLimit() {
            return (requests - startingBudget) / (seconds / 60.0) / LIMIT_RPM;
        }
    }
}
