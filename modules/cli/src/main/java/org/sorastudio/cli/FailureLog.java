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
