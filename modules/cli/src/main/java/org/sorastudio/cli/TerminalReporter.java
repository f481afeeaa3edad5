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
package org.sorastudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sorastudio.postprocess.ClipOutcome;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueStats;

/**
 * A live progress bar with ETA on the last line of a terminal, redrawn in place; finished jobs are
 * printed above it as they end.
 */
final class TerminalReporter implements Reporter {

    private static final int BAR_WIDTH = 30;
    /** Redraws at most ten times a second: the queue may publish far more often. */
    static final Duration REDRAW_INTERVAL = Duration.ofMillis(100);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Integer> progress = new ConcurrentHashMap<>();
    private final FailureLog failures;
    private final long redrawNanos;
    private QueueStats stats;
    private String bar = "";
    private long drawnAt;

    TerminalReporter(PrintStream out, PrintStream err, Duration redrawInterval) {
        this.out = out;
        this.err = err;
        this.failures = new FailureLog(err);
        this.redrawNanos = redrawInterval.toNanos();
    }

    @Override
    public synchronized void started(Path journal, QueueStats earlier) {
        out.println("queue " + journal + ": " + earlier.total() + " jobs from an earlier run");
        this.stats = earlier;
        redraw(true);
    }

    @Override
    public synchronized void jobChanged(Job job) {
        progress.put(job.id(), job.state() == JobState.IN_PROGRESS ? job.progress() : job.state().isTerminal()
                || job.state() == JobState.DOWNLOADING ? 100 : 0);
        if (job.state().isTerminal()) {
            clearBar();
            if (job.state() == JobState.COMPLETED) {
                out.println("done   " + JobText.name(job) + "  " + job.videoFile());
            } else if (FailureLog.isProblem(job)) {
                failures.jobChanged(job);
            } else {
                out.println("cancelled " + JobText.name(job));
            }
            redraw(true);
        } else {
            redraw(false);
        }
    }

    @Override
    public synchronized void statsChanged(QueueStats value) {
        stats = value;
        redraw(false);
    }

    private void redraw(boolean now) {
        if (stats == null || (!now && System.nanoTime() - drawnAt < redrawNanos)) {
            return;
        }
        drawnAt = System.nanoTime();
        int total = Math.max(1, stats.total());
        double share = progress.values().stream().mapToInt(Integer::intValue).sum() / (100.0 * total);
        int filled = (int) Math.round(Math.min(1, share) * BAR_WIDTH);
        String line = "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + stats.finished() + "/"
                + stats.total() + " done, " + stats.running() + " rendering, " + stats.downloading() + " downloading"
                + (stats.failed() > 0 ? ", " + stats.failed() + " failed" : "") + "  ETA " + JobText.duration(stats.eta());
        clearBar();
        out.print(line);
        out.flush();
        bar = line;
    }

    private void clearBar() {
        if (!bar.isEmpty()) {
            out.print("\r" + " ".repeat(bar.length()) + "\r");
            bar = "";
        }
    }

    /** Only failures: the live bar already counts the clips. */
    @Override
    public void postProcessed(ClipOutcome outcome) {
        if (outcome.status() == ClipOutcome.Status.FAILED) {
            err.println(outcome.clip() + " " + outcome.statusText());
        }
    }

    @Override
    public synchronized void finished(QueueStats value, List<Job> jobs, String stopReason, int exitCode) {
        stats = value;
        redraw(true);
        out.println();
        bar = "";
        failures.finished(jobs);
        if (!stopReason.isEmpty()) {
            err.println("stopped: " + stopReason);
        }
        out.println("done: " + JobText.summary(value));
    }

    @Override
    public synchronized void interrupted(Path journal) {
        clearBar();
        err.println("interrupted: the queue is saved in " + journal + "; run the same command again to resume.");
    }
}
