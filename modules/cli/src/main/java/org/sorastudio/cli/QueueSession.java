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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.model.Shot;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.QueueStats;
import org.sorastudio.queue.api.RenderQueue;

/**
 * Runs one journaled queue to the end: opens it (resuming what it holds), queues the shots it has no
 * job for yet, reports progress and waits until every job is finished or the queue paused itself.
 * Ctrl+C runs a shutdown hook that saves the journal, so the same command resumes later.
 */
final class QueueSession {

    private static final int ENQUEUE_CHUNK = 500;
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);
    /** How long a paused queue may wait for its downloads (a full disk) before the run ends with the queue saved. */
    static final Duration PAUSED_DEADLINE = Duration.ofMinutes(2);

    private enum Phase { RUNNING, DONE, INTERRUPTED }

    private final Path journal;
    private final QueueOptions options;
    private final ServerConnections servers;
    private final Reporter reporter;
    private final boolean resendUnconfirmed;
    private final ClipHandling clipHandling;
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.RUNNING);
    private final Object settled = new Object();

    QueueSession(Path journal, QueueOptions options, ServerConnections servers, Reporter reporter, boolean resendUnconfirmed,
            ClipHandling clipHandling) {
        this.resendUnconfirmed = resendUnconfirmed;
        this.clipHandling = clipHandling;
        this.journal = journal;
        this.options = options;
        this.servers = servers;
        this.reporter = reporter;
    }

    /**
     * Queues those of {@code shots} whose id has no job in the journal, runs the queue, and returns
     * the exit code. The shots are read lazily, in chunks.
     */
    int run(Stream<Shot> shots) {
        return runJobs(profile -> shots.map(shot -> JobSpec.of(shot, profile)));
    }

    /**
     * Queues those of the jobs (made for the active profile) whose shot id has no job in the journal, runs the
     * queue, and returns the exit code.
     */
    int runJobs(Function<String, Stream<JobSpec>> jobs) {
        createFolder(options.outputDirectory());
        createFolder(FilePaths.folder(journal.toAbsolutePath()));
        RenderQueue queue;
        try {
            queue = RenderQueue.open(journal, options, servers);
        } catch (DataFileException e) {
            throw new CliException(ExitCode.FAILURE, "cannot read the queue journal: " + e.getMessage());
        }
        Thread hook = new Thread(() -> interrupt(queue), "sorastudio-cli-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return follow(queue, jobs.apply(servers.activeProfile()), hook);
        } catch (RuntimeException e) {
            if (phase.get() == Phase.INTERRUPTED) {
                return ExitCode.INTERRUPTED; // the hook stopped the queue under our feet; it saved the journal
            }
            throw e;
        }
    }

    private int follow(RenderQueue queue, Stream<JobSpec> shots, Thread hook) {
        queue.addListener(reporter);
        clipHandling.attach(queue, reporter);
        queue.addListener(new QueueListener() {
            @Override
            public void statsChanged(QueueStats stats) {
                synchronized (settled) {
                    settled.notifyAll();
                }
            }
        });
        if (queue.isPaused()) {
            queue.resume(); // paused by an earlier run (a refused key, an exhausted quota): try again
        }
        reporter.started(journal, queue.stats());
        try {
            enqueueMissing(queue, shots);
        } catch (CliException refused) {
            // not enough disk: stop cleanly, keeping what earlier runs left in the journal
            phase.set(Phase.DONE);
            queue.shutdown(SHUTDOWN_WAIT);
            removeHook(hook);
            throw refused;
        }
        QueueStats end;
        try {
            end = awaitSettled(queue);
            if (resendUnconfirmed && end.unconfirmed() > 0) {
                // the queue has checked them again on opening; what is still unconfirmed is sent as the user asked
                queue.jobs().stream().filter(job -> job.state() == JobState.UNCONFIRMED).forEach(job -> queue.sendAgain(job.id()));
                end = awaitSettled(queue);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.INTERRUPTED;
        }
        int failedPostProcessing;
        try {
            failedPostProcessing = clipHandling.finish();
            clipHandling.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.INTERRUPTED;
        }
        if (!phase.compareAndSet(Phase.RUNNING, Phase.DONE)) {
            return ExitCode.INTERRUPTED; // Ctrl+C came first; the hook saves and the JVM exits with 130
        }
        queue.shutdown(SHUTDOWN_WAIT);
        removeHook(hook);
        String stopReason = end.unfinished() > 0 ? end.pauseReason() + "; the queue is saved in " + journal
                + ", run the same command again to go on" : end.unconfirmed() > 0 ? end.unconfirmed() + " of the creates "
                + "could not be confirmed: the server may have received them. Run the same command again to check again, "
                + "or add --resend-unconfirmed to send them again (they may be charged twice)" : "";
        int code = exitCode(end);
        if (failedPostProcessing > 0) {
            stopReason = (stopReason.isEmpty() ? "" : stopReason + "; ") + "post-processing failed for " + failedPostProcessing
                    + " clips (the clips are kept; see their sidecars)";
            code = code == ExitCode.OK ? ExitCode.JOBS_FAILED : code;
        }
        reporter.finished(end, queue.jobs(), stopReason, code);
        return code;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    private void enqueueMissing(RenderQueue queue, Stream<JobSpec> shots) {
        Set<String> known = queue.jobs().stream().map(job -> job.spec().shotId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<JobSpec> chunk = new ArrayList<>(ENQUEUE_CHUNK);
        Iterator<JobSpec> iterator = shots.iterator();
        while (iterator.hasNext()) {
            JobSpec spec = iterator.next();
            if (known.add(spec.shotId())) {
                chunk.add(spec);
            }
            if (chunk.size() == ENQUEUE_CHUNK || (!iterator.hasNext() && !chunk.isEmpty())) {
                clipHandling.checkBeforeQueueing(queue, chunk);
                queue.enqueue(List.copyOf(chunk));
                chunk.clear();
            }
        }
    }

    /**
     * Waits until every job is finished, or the queue paused itself with nothing running. A queue paused while
     * downloads wait for disk space (they try again every 30 s) ends the run after {@link #PAUSED_DEADLINE}: a headless
     * run cannot free the space, and the saved queue resumes those downloads, without paying again, on the next run.
     */
    private QueueStats awaitSettled(RenderQueue queue) throws InterruptedException {
        synchronized (settled) {
            long pausedSince = 0;
            while (true) {
                QueueStats stats = queue.stats();
                boolean pausedAndIdle = stats.paused() && stats.running() == 0 && stats.downloading() == 0;
                if (stats.unfinished() == 0 || pausedAndIdle) {
                    return stats;
                }
                long now = System.nanoTime();
                pausedSince = !stats.paused() ? 0 : pausedSince == 0 ? now : pausedSince;
                if (pausedSince != 0 && stats.running() == 0 && now - pausedSince > PAUSED_DEADLINE.toNanos()) {
                    return stats;
                }
                settled.wait(1000);
            }
        }
    }

    private void interrupt(RenderQueue queue) {
        if (phase.compareAndSet(Phase.RUNNING, Phase.INTERRUPTED)) {
            queue.shutdown(SHUTDOWN_WAIT);
            reporter.interrupted(journal);
        }
    }

    /** A paused queue with work left stopped for its account: a refused key, or else a quota. */
    private static int exitCode(QueueStats stats) {
        if (stats.unfinished() > 0 && stats.paused()) {
            return stats.pauseReason().contains("API key") ? ExitCode.AUTHENTICATION : ExitCode.JOBS_FAILED;
        }
        return stats.failed() + stats.cancelled() + stats.unconfirmed() + stats.unfinished() > 0 ? ExitCode.JOBS_FAILED : ExitCode.OK;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CliException(ExitCode.FAILURE, "cannot create the folder " + folder + ": " + e);
        }
    }
}
