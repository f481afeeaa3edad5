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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;

/**
 * Failed and unconfirmed jobs on stderr, in words with their request id and, for a failure the queue recorded, the
 * next step (the same advice the studio's error panel gives), each once: as they fail, and at the end those that
 * failed in an earlier run of the same journal.
 */
final class FailureLog {

    private final PrintStream err;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    FailureLog(PrintStream err) {
        this.err = err;
    }

    void jobChanged(Job job) {
        if (isProblem(job) && reported.add(job.id())) {
            err.println("error: " + JobText.failure(job));
            JobText.nextStep(job).ifPresent(step -> err.println("  next: " + step));
        }
    }

    /** A job the user has to hear about: it failed, or its create could not be confirmed. */
    static boolean isProblem(Job job) {
        return job.state() == JobState.FAILED || job.state() == JobState.UNCONFIRMED;
    }

    void finished(List<Job> jobs) {
        jobs.forEach(this::jobChanged);
    }
}
