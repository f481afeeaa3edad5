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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueStats;
import org.sorastudio.queue.api.Transition;

/** The live bar a terminal shows (the process tests have no terminal, so it is driven directly here). */
class TerminalReporterTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final TerminalReporter reporter = new TerminalReporter(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Duration.ZERO);

    @Test
    void drawsABarWithCountsAndEtaAndPrintsFinishedJobsAboveIt() {
        reporter.started(Path.of("q.queue.json"), new QueueStats(0, 0, 0, 0, 0, 0, 0, 0, false, "", null, 0, 0));
        reporter.statsChanged(stats(2, 0, 0, Duration.ofSeconds(65)));
        reporter.jobChanged(job("a", JobState.IN_PROGRESS, 50, null));
        reporter.jobChanged(job("a", JobState.COMPLETED, 100, Path.of("a.mp4")));
        reporter.jobChanged(job("b", JobState.FAILED, 10, null));
        reporter.finished(stats(0, 1, 1, null), List.of(), "", ExitCode.JOBS_FAILED);

        List<String> screen = List.of(out.toString(StandardCharsets.UTF_8).split("[\\r\\n]+"));
        assertThat(screen).map(String::strip).filteredOn(line -> !line.isEmpty()).containsExactly(
                "queue q.queue.json: 0 jobs from an earlier run",
                "[------------------------------] 0/0 done, 0 rendering, 0 downloading  ETA --:--",
                "[------------------------------] 0/2 done, 2 rendering, 0 downloading  ETA 1:05",
                "[########----------------------] 0/2 done, 2 rendering, 0 downloading  ETA 1:05",
                "done   a  a.mp4",
                "[###############---------------] 0/2 done, 2 rendering, 0 downloading  ETA 1:05",
                "[##############################] 0/2 done, 2 rendering, 0 downloading  ETA 1:05",
                "[##############################] 2/2 done, 0 rendering, 0 downloading, 1 failed  ETA --:--",
                "done: 1 completed, 1 failed, 0 cancelled, 0 unfinished of 2 jobs");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("error: shot b failed: the server refused the request [request id req_b]" + System.lineSeparator());
    }

    private static QueueStats stats(int running, int completed, int failed, Duration eta) {
        return new QueueStats(2, 2 - running - completed - failed, running, 0, completed, failed, 0, 0, false, "", eta, 0, 0);
    }

    private static Job job(String shot, JobState state, int progress, Path file) {
        List<Transition> transitions = List.of(new Transition(Instant.EPOCH, state,
                state == JobState.FAILED ? "the server refused the request" : ""));
        return new Job("job-" + shot, new JobSpec(shot, "p", "sora-2", "1280x720", 4, null, "test"), state, progress, null,
                List.of("req_" + shot), transitions, "", null, file, file == null ? null : Path.of(shot + ".json"), null);
    }
}
