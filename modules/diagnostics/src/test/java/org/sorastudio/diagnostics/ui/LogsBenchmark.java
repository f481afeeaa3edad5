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
package org.sorastudio.diagnostics.ui;

import static org.sorastudio.testing.EdtProbe.max;
import static org.sorastudio.testing.EdtProbe.percentile;
import static org.sorastudio.testing.EdtProbe.probe;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.sorastudio.diagnostics.capture.LogCapture;

/**
 * {@code ./studio bench logs}: how the Logs window copes with a busy studio. 100,000 lines in the
 * shapes a 500-job batch logs (API exchanges of several lines, job state changes, warnings) arrive
 * from four threads at 20,000 a second while the window shows them; a probe measures how long the
 * event thread takes to run a tiny task every 5 ms, against the idle window in the same run. Then
 * the time to change the level filter and to search over the full buffer, and to open a 5 MB
 * response in the JSON viewer. Needs a display.
 */
public final class LogsBenchmark {

    private static final int LINES = 100_000;
    private static final int THREADS = 4;
    private static final int LINES_PER_SECOND = 20_000;
    private static final int JOBS = 500;
    private static final long PROBE_INTERVAL_MS = 5;

    private LogsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("logs-bench");
        LogCapture capture = new LogCapture(LogCapture.DEFAULT_CAPACITY);
        Logger logger = Logger.getLogger("org.sorastudio.bench.logs");
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);

        LogsPanel[] panel = new LogsPanel[1];
        JFrame frame = onEdt(() -> {
            panel[0] = new LogsPanel(capture, folder, message -> { });
            JFrame f = new JFrame("Logs benchmark");
            f.setContentPane(panel[0]);
            f.setSize(1300, 700);
            f.setVisible(true);
            return f;
        });
        List<Long> idle = probe(() -> false, 2000, PROBE_INTERVAL_MS);

        AtomicBoolean done = new AtomicBoolean();
        long start = System.nanoTime();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            Thread writer = new Thread(() -> writeLines(logger, first));
            writers.add(writer);
            writer.start();
        }
        Thread waiter = new Thread(() -> {
            for (Thread writer : writers) {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            done.set(true);
        });
        waiter.start();
        List<Long> busy = probe(done::get, TimeUnit.MINUTES.toMillis(5), PROBE_INTERVAL_MS);
        double seconds = (System.nanoTime() - start) / 1e9;
        probe(() -> false, 2 * LogsPanel.REFRESH_MILLIS, PROBE_INTERVAL_MS); // the last batch reaches the table

        JComboBox<?> shown = find(frame, JComboBox.class, "shown");
        JTextField search = find(frame, JTextField.class, "search");
        long filterMillis = timedOnEdt(() -> shown.setSelectedItem(Shown.PROBLEMS));
        timedOnEdt(() -> shown.setSelectedItem(Shown.EVERYTHING));
        long searchMillis = timedOnEdt(() -> search.setText("job 499 "));

        Path response = folder.resolve("response.json");
        Files.writeString(response, bigResponse(5 * 1024 * 1024), StandardCharsets.UTF_8);
        JsonView view = onEdt(JsonView::new);
        onEdt(() -> {
            JFrame f = new JFrame("Viewer benchmark");
            f.setContentPane(view);
            f.setSize(1000, 700);
            f.setVisible(true);
            return f;
        });
        long opening = System.nanoTime();
        onEdt(() -> view.open(response)).waitFinished();
        EventQueue.invokeAndWait(() -> { });
        long openMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opening);

        System.out.printf(Locale.ROOT, "%d lines in %.1f s from %d threads; EDT probed every %d ms%n", LINES, seconds, THREADS,
                PROBE_INTERVAL_MS);
        System.out.printf(Locale.ROOT, "EDT delay idle window: max %d ms; while lines arrive: p99 %d ms, max %d ms%n", max(idle),
                percentile(busy, 99), max(busy));
        System.out.printf(Locale.ROOT, "RESULT logs_lines=%d edt_idle_max_ms=%d edt_p99_ms=%d edt_max_stall_ms=%d stall_over_idle=%.2f "
                        + "filter_ms=%d search_ms=%d open_5mb_ms=%d%n", LINES, max(idle), percentile(busy, 99), max(busy),
                max(busy) / (double) Math.max(1, max(idle)), filterMillis, searchMillis, openMillis);
        System.exit(0);
    }

    /** A quarter of the lines, in the mix a batch logs: per job, a request, its answer and a state change, now and then a warning. */
    private static void writeLines(Logger logger, int first) {
        long pause = TimeUnit.SECONDS.toNanos(1) * THREADS / LINES_PER_SECOND;
        long next = System.nanoTime();
        for (int i = first; i < LINES; i += THREADS) {
            int job = i % JOBS;
            switch (i % 4) {
                case 0 -> logger.fine("--> GET http://127.0.0.1:8080/v1/videos/video_" + job + " (attempt 1)\nAuthorization: [redacted]");
                case 1 -> logger.fine("<-- 200 GET /videos/video_" + job + " (12 ms)\nx-request-id: req_" + i
                        + "\n{\"id\":\"video_" + job + "\",\"status\":\"in_progress\",\"progress\":" + (i % 100) + "}");
                case 2 -> logger.fine("job " + job + " \"Benchmark shot " + job + "\": RUNNING (rendering " + (i % 100) + "%)");
                default -> logger.log(i % 40 == 3 ? Level.WARNING : Level.INFO, "Rate limit: 12 requests left for job " + job);
            }
            next += pause;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** A list answer of about {@code bytes}: video resources, as a server sends them. */
    private static String bigResponse(int bytes) {
        StringBuilder json = new StringBuilder("{\"object\":\"list\",\"data\":[");
        for (int i = 0; json.length() < bytes; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"video_").append(i).append("\",\"object\":\"video\",\"model\":\"sora-2\",")
                    .append("\"status\":\"completed\",\"progress\":100,\"created_at\":1764669600,\"size\":\"1280x720\",\"seconds\":\"4\",")
                    .append("\"prompt\":\"Benchmark shot ").append(i).append(", a long description of the scene to fill the page\"}");
        }
        return json.append("],\"has_more\":false}").toString();
    }

    private static <T extends Component> T find(Container root, Class<T> type, String name) {
        for (Component child : root.getComponents()) {
            if (type.isInstance(child) && name.equals(child.getName())) {
                return type.cast(child);
            }
            if (child instanceof Container container) {
                T found = find(container, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private interface EdtTask<T> {
        T run() throws Exception;
    }

    private static <T> T onEdt(EdtTask<T> task) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result[0] = task.run();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static long timedOnEdt(Runnable change) throws Exception {
        long[] took = new long[1];
        SwingUtilities.invokeAndWait(() -> {
            long start = System.nanoTime();
            change.run();
            took[0] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        });
        return took[0];
    }



}
