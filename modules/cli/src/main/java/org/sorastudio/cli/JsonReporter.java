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

import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sorastudio.postprocess.ClipOutcome;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.QueueStats;

/**
 * One JSON object per line on stdout: {@code started}, a {@code job} event per change of state or
 * progress, then {@code summary} (or {@code interrupted}). Errors also go to stderr in words.
 */
final class JsonReporter implements Reporter {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> lastEvent = new ConcurrentHashMap<>();
    private final FailureLog failures;

    JsonReporter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.failures = new FailureLog(err);
    }

    static JsonObject event(String name) {
        JsonObject event = new JsonObject();
        event.addProperty("event", name);
        return event;
    }

    void print(JsonObject event) {
        synchronized (out) {
            out.println(event);
        }
    }

    @Override
    public void started(Path journal, QueueStats earlier) {
        JsonObject event = event("started");
        event.addProperty("journal", journal.toString());
        event.addProperty("resumed", earlier.total());
        print(event);
    }

    @Override
    public void jobChanged(Job job) {
        JsonObject event = event("job");
        event.addProperty("id", job.id());
        event.addProperty("shot", job.spec().shotId());
        event.addProperty("state", JobText.state(job.state()));
        event.addProperty("progress", job.progress());
        event.addProperty("videoId", job.videoId());
        event.addProperty("file", job.videoFile() == null ? null : job.videoFile().toString());
        event.addProperty("sidecar", job.sidecarFile() == null ? null : job.sidecarFile().toString());
        if (FailureLog.isProblem(job)) {
            event.addProperty("error", JobText.failure(job));
            event.addProperty("requestId", job.requestIds().isEmpty() ? null : job.requestIds().get(job.requestIds().size() - 1));
            job.failed().ifPresent(failure -> {
                event.addProperty("errorKind", failure.kind().name());
                event.addProperty("errorCode", failure.errorCode());
            });
            JobText.nextStep(job).ifPresent(step -> event.addProperty("nextStep", step));
        }
        String text = event.toString();
        if (text.equals(lastEvent.put(job.id(), text))) {
            return;
        }
        print(event);
        failures.jobChanged(job);
    }

    @Override
    public void finished(QueueStats stats, List<Job> jobs, String stopReason, int exitCode) {
        failures.finished(jobs);
        if (!stopReason.isEmpty()) {
            err.println("stopped: " + stopReason);
        }
        JsonObject event = event("summary");
        event.addProperty("total", stats.total());
        event.addProperty("completed", stats.completed());
        event.addProperty("failed", stats.failed());
        event.addProperty("cancelled", stats.cancelled());
        event.addProperty("unconfirmed", stats.unconfirmed());
        event.addProperty("unfinished", stats.unfinished());
        if (!stopReason.isEmpty()) {
            event.addProperty("stopReason", stopReason);
        }
        event.addProperty("exitCode", exitCode);
        print(event);
    }

    @Override
    public void postProcessed(ClipOutcome outcome) {
        JsonObject event = event("postProcessed");
        event.addProperty("id", outcome.jobId());
        event.addProperty("file", outcome.clip().toString());
        event.addProperty("status", outcome.status().name());
        event.addProperty("steps", outcome.steps().size());
        if (!outcome.reason().isEmpty()) {
            event.addProperty("error", outcome.reason());
        }
        print(event);
    }

    @Override
    public void interrupted(Path journal) {
        JsonObject event = event("interrupted");
        event.addProperty("journal", journal.toString());
        event.addProperty("exitCode", ExitCode.INTERRUPTED);
        print(event);
        err.println("interrupted: the queue is saved in " + journal + "; run the same command again to resume.");
    }
}
