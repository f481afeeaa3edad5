package org.sorastudio.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;

/**
 * Failed jobs on stderr, in words with their request id, each once: as they fail, and at the end
 * those that failed in an earlier run of the same journal.
 */
final class FailureLog {

    private final PrintStream err;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    FailureLog(PrintStream err) {
        this.err = err;
    }

    void jobChanged(Job job) {
        if (job.state() == JobState.FAILED && reported.add(job.id())) {
            err.println("error: " + JobText.failure(job));
        }
    }

    void finished(List<Job> jobs) {
        jobs.forEach(this::jobChanged);
    }
}
