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
package org.sorastudio.simulator.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/**
 * How fast the simulator answers: concurrent creates, status polls, cold renders (the ffmpeg cost a
 * first download pays) and cached downloads; then creates with a state directory (journaled) and the
 * restart that reads them back. Ends with one {@code RESULT} line.
 */
public final class SimulatorBenchmark {

    private static final int CREATES = 400;
    private static final int CLIENT_THREADS = 16;
    private static final int POLLS = 1000;
    private static final int COLD_RENDERS = 3;
    private static final int CACHED_DOWNLOADS = 20;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI baseUrl;

    private SimulatorBenchmark(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().seed(1).renderMillisPerVideoSecond(0)
                .requestsPerMinute(1_000_000).build();
        String inMemory;
        try (SimulatorServer server = SimulatorServer.start(config)) {
            inMemory = new SimulatorBenchmark(server.baseUrl()).run();
        }
        System.out.println("RESULT " + inMemory + " " + withStateDirectory(config));
    }

    /** What a state directory costs: one fsynced journal line per create, and reading the journal on start. */
    private static String withStateDirectory(SimulatorConfig config) throws Exception {
        Path folder = Files.createTempDirectory("simulator-bench-state-");
        try {
            SimulatorConfig persistent = config.toBuilder().stateDirectory(folder).build();
            double createsPerSecond;
            try (SimulatorServer server = SimulatorServer.start(persistent)) {
                SimulatorBenchmark benchmark = new SimulatorBenchmark(server.baseUrl());
                benchmark.warmUp();
                createsPerSecond = benchmark.concurrentCreates();
            }
            long start = System.nanoTime();
            SimulatorServer restarted = SimulatorServer.start(persistent);
            double restartMillis = millisSince(start);
            long jobs = restarted.acceptedCreates();
            restarted.close();
            System.out.printf(Locale.ROOT, "journaled creates (%s): %d from %d threads, %.0f per second%n",
                    Files.getFileStore(folder).type(), CREATES, CLIENT_THREADS, createsPerSecond);
            System.out.printf(Locale.ROOT, "restart with %d journaled jobs: %.1f ms%n", jobs, restartMillis);
            return String.format(Locale.ROOT, "journaled_creates_per_s=%.0f restart_ms=%.1f", createsPerSecond,
                    restartMillis);
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Prints the figures of the in-memory server and returns them as {@code name=value} pairs. */
    private String run() throws Exception {
        warmUp();
        double createsPerSecond = concurrentCreates();
        System.out.printf(Locale.ROOT, "creates: %d from %d threads, %.0f per second%n", CREATES, CLIENT_THREADS,
                createsPerSecond);

        String id = create("Benchmark poll target", "720x1280", "4");
        List<Double> polls = new ArrayList<>();
        for (int i = 0; i < POLLS; i++) {
            long start = System.nanoTime();
            send(request("/videos/" + id).GET().build());
            polls.add(millisSince(start));
        }
        Collections.sort(polls);
        double p50 = polls.get(POLLS / 2);
        double p95 = polls.get(POLLS * 95 / 100);
        System.out.printf(Locale.ROOT, "GET /videos/{id}: p50 %.2f ms, p95 %.2f ms over %d polls%n", p50, p95, POLLS);

        double cold720 = coldRenderMillis("720x1280", "4", "sora-2");
        double cold1792 = coldRenderMillis("1792x1024", "12", "sora-2-pro");
        System.out.printf(Locale.ROOT, "cold render + download: 720x1280 4 s %.0f ms, 1792x1024 12 s %.0f ms%n",
                cold720, cold1792);

        String cached = create("Benchmark cached clip", "720x1280", "4");
        download(cached);
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < CACHED_DOWNLOADS; i++) {
            bytes += download(cached);
        }
        double cachedMillis = millisSince(start) / CACHED_DOWNLOADS;
        System.out.printf(Locale.ROOT, "cached download: %.2f ms for %d bytes%n", cachedMillis, bytes / CACHED_DOWNLOADS);

        return String.format(Locale.ROOT, "creates_per_s=%.0f poll_p50_ms=%.2f poll_p95_ms=%.2f "
                + "cold_render_720p_4s_ms=%.0f cold_render_1792p_12s_ms=%.0f cached_download_ms=%.2f",
                createsPerSecond, p50, p95, cold720, cold1792, cachedMillis);
    }

    private void warmUp() throws Exception {
        for (int i = 0; i < 50; i++) {
            create("Warm-up " + i, "720x1280", "4");
        }
    }

    private double concurrentCreates() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        try {
            List<Callable<String>> creates = new ArrayList<>();
            for (int i = 0; i < CREATES; i++) {
                String prompt = "Concurrent clip " + i;
                creates.add(() -> create(prompt, "720x1280", "4"));
            }
            long start = System.nanoTime();
            for (Future<String> created : pool.invokeAll(creates)) {
                created.get();
            }
            return CREATES / (millisSince(start) / 1000);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Average time of the first download of clips nobody rendered yet. */
    private double coldRenderMillis(String size, String seconds, String model) throws Exception {
        double total = 0;
        for (int i = 0; i < COLD_RENDERS; i++) {
            String id = create("Cold render " + size + " " + seconds + " #" + i, size, seconds, model);
            long start = System.nanoTime();
            download(id);
            total += millisSince(start);
        }
        return total / COLD_RENDERS;
    }

    private String create(String prompt, String size, String seconds) throws IOException, InterruptedException {
        return create(prompt, size, seconds, "sora-2");
    }

    private String create(String prompt, String size, String seconds, String model)
            throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("prompt", prompt);
        body.addProperty("model", model);
        body.addProperty("size", size);
        body.addProperty("seconds", seconds);
        HttpResponse<byte[]> response = send(request("/videos").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        return JsonParser.parseString(new String(response.body())).getAsJsonObject().get("id").getAsString();
    }

    private long download(String id) throws IOException, InterruptedException {
        return send(request("/videos/" + id + "/content").GET().build()).body().length;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer sk-bench");
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body()));
        }
        return response;
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
