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
package org.sorastudio.queue.ui.bench;

import static org.sorastudio.testing.EdtProbe.max;
import static org.sorastudio.testing.EdtProbe.percentile;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.sorastudio.testing.fixtures.SimulatorQueue;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.queue.ui.QueuePanel;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;
import org.sorastudio.testing.EdtStalls;
import org.sorastudio.testing.StallSampler;

/**
 * How responsive the Queue window stays while a large batch runs: 500 jobs against a rate-limited
 * simulator, then 10,000 at once against a fast unlimited one, shown in a real {@link QueuePanel}, while a
 * probe thread measures how long a tiny task posted every 5 ms waits to start on the event dispatch thread, and takes every
 * delay over 30 ms apart ({@link EdtStalls}: the EDT waiting for a CPU, GC pauses, the EDT running). A baseline is measured
 * first with the panel idle, in the same run. The 500 jobs run twice, each time in a new panel on a new queue: first in
 * the fresh JVM, where the just-in-time compiler takes much of the two cores while the first rows paint (reported
 * apart, as {@code edt_max_stall_ms_first_batch}), then as in a studio that has run a batch before. Then the 10,000
 * finished jobs are opened again in a new panel, as when the studio starts with them, and cleared. With
 * {@code -Dbench.profile=true} (in {@code JAVA_OPTS}) {@link StallSampler} records where the EDT is while it is late, and
 * prints it. Needs a display ({@code ./studio bench queue} provides Xvfb).
 */
public final class QueuePanelBenchmark {

    private static final int JOBS = 500;
    private static final int SCALE_JOBS = 10_000;
    private static final int LIMIT_RPM = 3000;
    private static final long PROBE_INTERVAL_MS = 5;

    private QueuePanelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("queue-panel-bench");
        Stalls first = run(folder.resolve("first"), JOBS, LIMIT_RPM, 50, 24);
        Stalls batch = run(folder.resolve("batch"), JOBS, LIMIT_RPM, 50, 24);
        Stalls scale = run(folder.resolve("scale"), SCALE_JOBS, 1_000_000, 10, 100);
        Reopened reopened = reopenAndClear(folder.resolve("scale"));
        System.out.printf(Locale.ROOT, "RESULT panel_jobs=%d panel_completed=%d edt_idle_max_ms=%d edt_p99_ms=%d edt_max_stall_ms=%d "
                        + "edt_max_stall_ms_first_batch=%d "
                        + "panel_scale_jobs=%d panel_scale_completed=%d edt_p99_ms_10k=%d edt_max_stall_ms_10k=%d "
                        + "panel_open_ms_10k=%d panel_clear_ms_10k=%d edt_max_stall_ms_open_clear_10k=%d "
                        + "gc_max_pause_ms=%d gc_max_pause_ms_10k=%d stall_cpu_wait_pct=%d stall_gc_pct=%d stall_edt_running_pct=%d "
                        + "stall_cpu_wait_pct_10k=%d stall_gc_pct_10k=%d stall_edt_running_pct_10k=%d%n",
                JOBS, batch.completed, batch.idleMax, batch.p99, batch.max, first.max, SCALE_JOBS, scale.completed, scale.p99, scale.max,
                reopened.openMs, reopened.clearMs, reopened.max, batch.gcMax, scale.gcMax, batch.parts.waitingPercent(),
                batch.parts.gcPercent(), batch.parts.runningPercent(), scale.parts.waitingPercent(), scale.parts.gcPercent(),
                scale.parts.runningPercent());
        System.exit(0);
    }

    /** Enqueues {@code jobs} at once into a queue shown in a real panel and probes the EDT until they are done. */
    private static Stalls run(Path folder, int jobs, int limitRpm, int renderMs, int parallel) throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().seed(21).renderMillisPerVideoSecond(renderMs).requestsPerMinute(limitRpm)
                .build();
        try (SimulatorServer server = SimulatorServer.start(config);
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), "sk-panel-bench").build()) {
            RenderQueue queue = RenderQueue.open(folder.resolve("bench.sorastudio.queue.json"),
                    new QueueOptions(parallel, Duration.ofMinutes(30), folder.resolve("clips")), SimulatorQueue.provider(client));
            JFrame[] frame = {show(queue)};
            EdtStalls idle = EdtStalls.probe(() -> false, 2000, PROBE_INTERVAL_MS);

            List<JobSpec> specs = new ArrayList<>();
            for (int i = 0; i < jobs; i++) {
                specs.add(new JobSpec(null, "Benchmark shot " + (i % 10), "sora-2", "1280x720", 4, null, "bench"));
            }
            long start = System.nanoTime();
            queue.enqueue(specs);
            AtomicBoolean done = new AtomicBoolean();
            Thread waiter = new Thread(() -> {
                try {
                    queue.awaitIdle(Duration.ofMinutes(20));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.set(true);
            });
            waiter.start();
            EdtStalls busy;
            long gcMax;
            try (StallSampler sampler = StallSampler.startIfAsked(); GcPauses gc = new GcPauses()) {
                busy = EdtStalls.probe(done::get, TimeUnit.MINUTES.toMillis(20), PROBE_INTERVAL_MS);
                gcMax = gc.longestMillis();
                sampler.report(jobs + " jobs");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long completed = queue.jobs().stream().filter(job -> job.state().name().equals("COMPLETED")).count();
            queue.shutdown(Duration.ofSeconds(30));
            SwingUtilities.invokeAndWait(frame[0]::dispose);

            System.out.printf(Locale.ROOT, "%d jobs, %d completed in %.1f s; EDT probed every %d ms%n", jobs, completed, seconds,
                    PROBE_INTERVAL_MS);
            System.out.printf(Locale.ROOT, "EDT delay idle panel:   p50 %d ms, p99 %d ms, max %d ms; %s%n", percentile(idle.delays(), 50),
                    percentile(idle.delays(), 99), max(idle.delays()), idle.summary());
            System.out.printf(Locale.ROOT, "EDT delay during batch: p50 %d ms, p99 %d ms, max %d ms; %s%n", percentile(busy.delays(), 50),
                    percentile(busy.delays(), 99), max(busy.delays()), busy.summary());
            System.out.printf(Locale.ROOT, "Longest garbage collection during the batch: %d ms%n", gcMax);
            return new Stalls(completed, max(idle.delays()), percentile(busy.delays(), 99), max(busy.delays()), gcMax, busy);
        }
    }

    /** @param parts what the stalls during the batch were made of */
    private record Stalls(long completed, long idleMax, long p99, long max, long gcMax, EdtStalls parts) {
    }

    /**
     * The studio starting with the 10,000 finished jobs the scale run left: the journal replayed and every row in a
     * new panel; then Clear Finished (on the EDT, as its button does) until no row is left. The EDT is probed throughout.
     */
    private static Reopened reopenAndClear(Path folder) throws Exception {
        long start = System.nanoTime();
        RenderQueue queue = RenderQueue.open(folder.resolve("bench.sorastudio.queue.json"),
                new QueueOptions(10, Duration.ofMinutes(30), folder.resolve("clips")), SimulatorQueue.provider(null));
        long replayMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        List<Long> delays = new ArrayList<>();
        JFrame frame;
        long openMs;
        long clearMs;
        try (StallSampler sampler = StallSampler.startIfAsked()) {
            frame = show(queue);
            JTable table = onEdt(() -> jobsTable(frame));
            delays.addAll(EdtStalls.probe(() -> rowCount(table) == SCALE_JOBS, 60_000, PROBE_INTERVAL_MS).delays());
            openMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long clearStart = System.nanoTime();
            SwingUtilities.invokeAndWait(queue::clearFinished);
            delays.addAll(EdtStalls.probe(() -> rowCount(table) == 0, 60_000, PROBE_INTERVAL_MS).delays());
            clearMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - clearStart);
            sampler.report("reopening and clearing " + SCALE_JOBS + " jobs");
        }
        queue.shutdown(Duration.ofSeconds(30));
        SwingUtilities.invokeAndWait(frame::dispose);
        System.out.printf(Locale.ROOT, "Reopened %d jobs: journal replayed in %d ms, every row shown after %d ms; Clear Finished "
                + "emptied the list in %d ms; EDT delay max %d ms%n", SCALE_JOBS, replayMs, openMs, clearMs, max(delays));
        return new Reopened(openMs, clearMs, max(delays));
    }

    private record Reopened(long openMs, long clearMs, long max) {
    }

    /** A real panel showing {@code queue} in a frame on screen. */
    private static JFrame show(RenderQueue queue) throws Exception {
        return onEdt(() -> {
            QueuePanel panel = new QueuePanel(() -> "bench");
            panel.setQueue(queue);
            JFrame frame = new JFrame("Queue panel benchmark");
            frame.setContentPane(panel);
            frame.setSize(1300, 700);
            frame.setVisible(true);
            return frame;
        });
    }

    private static JTable jobsTable(Container parent) {
        for (Component child : parent.getComponents()) {
            if (child instanceof JTable table && "jobs".equals(table.getName())) {
                return table;
            }
            JTable inside = child instanceof Container inner ? jobsTable(inner) : null;
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    private static int rowCount(JTable table) {
        try {
            return onEdt(table::getRowCount);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T onEdt(Supplier<T> task) throws Exception {
        List<T> result = new ArrayList<>(1);
        SwingUtilities.invokeAndWait(() -> result.add(task.get()));
        return result.get(0);
    }
}
