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
package org.sorastudio.openai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sorastudio.openai.ContentVariant;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.DownloadResult;
import org.sorastudio.openai.RetryPolicy;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.VideoListQuery;
import org.sorastudio.openai.VideoResponse;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/**
 * What the client costs against the embedded simulator over loopback: create and retrieve
 * latency, walking every page of a long list, and download throughput (whole and resumed after a
 * cut). Prints its figures and ends with one RESULT line.
 */
public final class VideoClientBenchmark {

    private static final int CREATES = 200;
    private static final int RETRIEVES = 1000;
    private static final int DOWNLOADS = 5;

    private VideoClientBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        // The JDK HTTP server leaves Nagle's algorithm on unless told otherwise, which adds ~40 ms
        // (delayed ACK) to every small response and would drown the client's own cost.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path folder = Files.createTempDirectory("sorastudio-client-bench");
        SimulatorConfig config = SimulatorConfig.builder().seed(1).renderMillisPerVideoSecond(5)
                .requestsPerMinute(1_000_000).resetDownloadAfterBytes(50_000).build();
        try (SimulatorServer simulator = SimulatorServer.start(config);
             VideoApiClient client = VideoApiClient.builder(simulator.baseUrl(), "sk-bench")
                     .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(5)))
                     .build()) {
            long[] createNanos = new long[CREATES];
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < CREATES; i++) {
                long start = System.nanoTime();
                ids.add(client.create(CreateVideoRequest.of("Benchmark clip " + i, "sora-2", 4, "1280x720")).video().id());
                createNanos[i] = System.nanoTime() - start;
            }

            long[] retrieveNanos = new long[RETRIEVES];
            long retrieveStart = System.nanoTime();
            for (int i = 0; i < RETRIEVES; i++) {
                long start = System.nanoTime();
                client.retrieve(ids.get(i % ids.size()));
                retrieveNanos[i] = System.nanoTime() - start;
            }
            double retrievesPerSecond = RETRIEVES / seconds(System.nanoTime() - retrieveStart);

            long listStart = System.nanoTime();
            long listed = client.listAll(new VideoListQuery(20, null, null)).count();
            double listAllMillis = millis(System.nanoTime() - listStart);

            String clipId = ids.get(0);
            awaitTerminal(client, clipId);
            // The first transfer is cut by the simulator and resumed; it also pays for rendering.
            DownloadResult resumed = client.downloadContent(clipId, ContentVariant.VIDEO, folder.resolve("resumed.mp4"));
            long downloadStart = System.nanoTime();
            long bytes = 0;
            for (int i = 0; i < DOWNLOADS; i++) {
                bytes += client.downloadContent(clipId, ContentVariant.VIDEO, folder.resolve("clip-" + i + ".mp4")).bytes();
            }
            double downloadMegabytesPerSecond = bytes / 1_000_000.0 / seconds(System.nanoTime() - downloadStart);

            System.out.printf(Locale.ROOT, "creates: %d, p50 %.2f ms, p95 %.2f ms%n", CREATES,
                    percentile(createNanos, 50), percentile(createNanos, 95));
            System.out.printf(Locale.ROOT, "retrieves: %d, %.0f/s, p50 %.2f ms, p95 %.2f ms%n", RETRIEVES,
                    retrievesPerSecond, percentile(retrieveNanos, 50), percentile(retrieveNanos, 95));
            System.out.printf(Locale.ROOT, "list all: %d videos in pages of 20, %.1f ms%n", listed, listAllMillis);
            System.out.printf(Locale.ROOT, "download: %d x %d bytes, %.1f MB/s; resumed download: %d resume(s), %d bytes%n",
                    DOWNLOADS, bytes / DOWNLOADS, downloadMegabytesPerSecond, resumed.resumes(), resumed.bytes());
            System.out.printf(Locale.ROOT, "RESULT create_p50_ms=%.2f retrieve_per_s=%.0f retrieve_p50_ms=%.2f "
                    + "retrieve_p95_ms=%.2f list_all_%d_ms=%.1f download_mb_per_s=%.1f resumes=%d%n",
                    percentile(createNanos, 50), retrievesPerSecond, percentile(retrieveNanos, 50),
                    percentile(retrieveNanos, 95), listed, listAllMillis, downloadMegabytesPerSecond, resumed.resumes());
        } finally {
            deleteTree(folder);
        }
    }

    private static void awaitTerminal(VideoApiClient client, String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            VideoResponse response = client.retrieve(id);
            if (response.video().isTerminal()) {
                return;
            }
            sleep(response.pollAfterHint().orElse(Duration.ofMillis(20)));
        }
        throw new IllegalStateException("video " + id + " did not finish within 60 s");
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return millis(sorted[Math.max(0, index)]);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(5, Math.min(duration.toMillis(), 500)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
