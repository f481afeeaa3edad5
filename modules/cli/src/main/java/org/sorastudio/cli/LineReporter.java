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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sorastudio.postprocess.ClipOutcome;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueStats;

/** One plain line per job event (a change of state or progress), for logs and pipes; errors on stderr. */
final class LineReporter implements Reporter {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean quiet;
    private final Map<String, String> lastLine = new ConcurrentHashMap<>();
    private final FailureLog failures;

    LineReporter(PrintStream out, PrintStream err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.failures = new FailureLog(err);
    }

    @Override
    public void started(Path journal, QueueStats earlier) {
        if (!quiet) {
            out.println("queue " + journal + ": " + earlier.total() + " jobs from an earlier run");
        }
    }

    @Override
    public void jobChanged(Job job) {
        String line = line(job);
        if (line.equals(lastLine.put(job.id(), line))) {
            return;
        }
        if (FailureLog.isProblem(job)) {
            failures.jobChanged(job);
        } else if (!quiet) {
            out.println(line);
        }
    }

    private static String line(Job job) {
        StringBuilder text = new StringBuilder(JobText.name(job)).append(' ').append(JobText.state(job.state()));
        if (job.state() == JobState.IN_PROGRESS) {
            text.append(' ').append(job.progress()).append('%');
        }
        if (job.videoId() != null) {
            text.append(' ').append(job.videoId());
        }
        if (job.videoFile() != null) {
            text.append(' ').append(job.videoFile());
        }
        return text.toString();
    }

    @Override
    public void finished(QueueStats stats, List<Job> jobs, String stopReason, int exitCode) {
        failures.finished(jobs);
        if (!stopReason.isEmpty()) {
            err.println("stopped: " + stopReason);
        }
        if (!quiet) {
            out.println("done: " + JobText.summary(stats));
        }
    }

    @Override
    public void postProcessed(ClipOutcome outcome) {
        if (outcome.status() == ClipOutcome.Status.FAILED) {
            err.println(outcome.clip() + " " + outcome.statusText());
        } else if (!quiet) {
            out.println(outcome.clip() + " " + outcome.statusText());
        }
    }

    @Override
    public void interrupted(Path journal) {
        err.println("interrupted: the queue is saved in " + journal + "; run the same command again to resume.");
    }
}
