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
package org.sorastudio.templates.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sorastudio.core.model.Shot;
import org.sorastudio.templates.batch.BatchExpander;
import org.sorastudio.templates.batch.BatchPlan;
import org.sorastudio.templates.batch.BatchReport;
import org.sorastudio.templates.batch.BatchRequest;
import org.sorastudio.templates.csv.CsvDetector;

/**
 * {@code ./studio bench expand}: a 100,000-row CSV through a template into shots. Measures the
 * expansion pass (read, expand, validate every shot, stream the valid ones) against a plain Commons
 * CSV parse of the same file, and the peak heap while it runs. Run with -Xmx256m to prove the
 * memory target. Targets: under 2 s and under 256 MB.
 */
public final class ExpandBenchmark {

    private static final int ROWS = 100_000;
    private static final int WARM_UP_ROWS = 5_000;
    private static final String TEMPLATE = "A {mood} {subject} crossing {place} at {time=dawn}, {film|digital} look, shot {n} of the batch";

    private ExpandBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("expand-bench");
        try {
            Files.write(dir.resolve("ref.png"), new byte[]{1});
            Path warmUp = writeSheet(dir.resolve("warm-up.csv"), WARM_UP_ROWS);
            Path sheet = writeSheet(dir.resolve("shots.csv"), ROWS);
            System.out.printf(Locale.ROOT, "CSV: %,d rows, %.1f MB, template: %s%n", ROWS, Files.size(sheet) / 1e6, TEMPLATE);

            BatchExpander expander = BatchExpander.withLookupCatalog();
            plainParse(warmUp);
            expand(expander, warmUp);

            HeapSampler heap = new HeapSampler();
            long start = System.nanoTime();
            long parsed = plainParse(sheet);
            double plainSeconds = (System.nanoTime() - start) / 1e9;

            heap.start();
            start = System.nanoTime();
            long[] counts = expand(expander, sheet);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakBytes = heap.stop();

            start = System.nanoTime();
            BatchReport report = validate(expander, sheet);
            double validateSeconds = (System.nanoTime() - start) / 1e9;

            double rowsPerSecond = ROWS / seconds;
            double peakMb = peakBytes / (1024.0 * 1024.0);
            double ratio = seconds / plainSeconds;
            System.out.printf(Locale.ROOT, "plain Commons CSV parse: %,d records in %.3f s (%,.0f rows/s)%n",
                    parsed, plainSeconds, parsed / plainSeconds);
            System.out.printf(Locale.ROOT,
                    "expand into valid shots: %,d rows -> %,d shots (%,d s of video) in %.3f s (%,.0f rows/s), %.1fx the plain parse%n",
                    ROWS, counts[0], counts[1], seconds, rowsPerSecond, ratio);
            System.out.printf(Locale.ROOT, "validation pass with report: %,d valid of %,d shots, %,d bad rows, $%,.2f estimated, %.3f s%n",
                    report.summary().validShots(), report.summary().shots(), report.summary().badRows(),
                    report.summary().estimatedUsd(), validateSeconds);
            System.out.printf(Locale.ROOT, "peak heap used during expansion: %.1f MB (max heap %.0f MB)%n", peakMb,
                    Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
            System.out.printf(Locale.ROOT, "targets: under 2 s %s, under 256 MB %s%n",
                    seconds < 2 ? "met" : "MISSED", peakMb < 256 ? "met" : "MISSED");
            System.out.printf(Locale.ROOT, "RESULT rows_per_sec=%.0f peak_heap_mb=%.1f seconds=%.3f ratio_vs_plain_parse=%.2f"
                    + " plain_parse_seconds=%.3f validate_seconds=%.3f%n",
                    rowsPerSecond, peakMb, seconds, ratio, plainSeconds, validateSeconds);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Reads, expands and validates every row, consuming the valid shots as the queue would; returns shots and seconds. */
    private static long[] expand(BatchExpander expander, Path sheet) throws Exception {
        BatchPlan plan = expander.plan(BatchRequest.of(TEMPLATE, sheet, CsvDetector.detect(sheet).settings()));
        long[] counts = new long[2];
        try (Stream<Shot> shots = plan.validShots()) {
            shots.forEach(shot -> {
                counts[0]++;
                counts[1] += shot.seconds();
            });
        }
        return counts;
    }

    private static BatchReport validate(BatchExpander expander, Path sheet) throws Exception {
        return expander.plan(BatchRequest.of(TEMPLATE, sheet, CsvDetector.detect(sheet).settings())).validate();
    }

    /** The baseline: Commons CSV alone, touching every field. */
    private static long plainParse(Path sheet) throws IOException {
        long records = 0;
        long characters = 0;
        try (Reader reader = Files.newBufferedReader(sheet, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            for (CSVRecord record : parser) {
                records++;
                for (String value : record) {
                    characters += value.length();
                }
            }
        }
        return characters > 0 ? records : 0;
    }

    private static Path writeSheet(Path file, int rows) throws IOException {
        String[] subjects = {"red fox", "barn owl", "grey heron", "city cyclist", "street dancer", "old fisherman", "paper boat"};
        String[] moods = {"quiet", "stormy", "joyful", "melancholic", "tense"};
        String[] places = {"a harbour", "the old bridge", "a neon alley", "a wheat field", "the frozen lake"};
        String[] models = {"sora-2", "sora-2-pro"};
        String[] sizes = {"1280x720", "720x1280"};
        int[] seconds = {4, 8, 12};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("subject,mood,place,model,size,seconds,reference image,notes\n");
            for (int i = 0; i < rows; i++) {
                out.write(subjects[i % subjects.length] + " " + i + "," + moods[i % moods.length] + ",\"" + places[i % places.length]
                        + ", slowly\"," + models[i % models.length] + "," + sizes[i % sizes.length] + ","
                        + seconds[i % seconds.length] + ","
                        + (i % 10 == 0 ? "ref.png" : "") + ",row " + i + "\n");
            }
        }
        return file;
    }

    /** Polls the used heap every few milliseconds and keeps the highest value seen. */
    private static final class HeapSampler {

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean();
        private Thread thread;

        void start() {
            System.gc();
            peak.set(memory.getHeapMemoryUsage().getUsed());
            running.set(true);
            thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
        }
    }
}
