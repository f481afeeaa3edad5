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
package org.sorastudio.queue.impl;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Failure;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.QueueStats;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.queue.api.Transition;

/**
 * The render queue: what a user asks of it, done on its {@link JobTable} under the table's lock. The jobs and all
 * that follows a change (listeners, journal) live in the table; the steps that take a job through the server
 * ({@link Steps}) work on it through the narrow {@link JobStore} and make their calls through {@link QueueWork}'s
 * threads and clients; {@link Slots} starts creates as slots free up. Work handed to a worker carries the job's
 * generation, so a late answer for a cancelled or retried job is recognised and dropped.
 */
public final class QueueEngine implements RenderQueue {

    private static final Logger LOG = Logger.getLogger(QueueEngine.class.getName());
    static final int JOURNAL_FORMAT = 1;
    /** How often every waiting job's deadline is checked, whatever it waits for. */
    private static final Duration DEADLINE_CHECK = Duration.ofMillis(500);
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,200}");

    private final JournalLock journalLock;
    private final QueueWork work;
    private final JobTable table;
    private final Object lock;
    private final Steps steps;
    private final Slots slots;

    private QueueEngine(Path journalPath, JournalLock journalLock, QueueOptions options, ApiClientProvider clients) {
        this.journalLock = journalLock;
        this.work = new QueueWork(FilePaths.name(journalPath), clients);
        this.table = new JobTable(journalPath, options, work);
        this.lock = table.lock();
        this.steps = new Steps(table, work);
        this.slots = new Slots(table, work, steps.submission);
        table.afterChange(slots::fill);
    }

    /** See {@link RenderQueue#open}. */
    public static QueueEngine open(Path journalPath, QueueOptions options, ApiClientProvider clients)
            throws DataFileException {
        JsonDataFile file = new JsonDataFile(journalPath);
        JournalLock journalLock = JournalLock.acquire(file.path());
        try {
            SavedQueue saved = SavedQueue.read(file);
            // everything read before the engine (and its journal writer) starts, so a broken journal leaves nothing running
            QueueEngine engine = new QueueEngine(journalPath, journalLock, options, clients);
            engine.restore(saved);
            return engine;
        } catch (DataFileException | RuntimeException e) {
            journalLock.release();
            throw e;
        }
    }

    private void restore(SavedQueue saved) {
        synchronized (lock) {
            table.setPaused(saved.paused(), saved.pauseReason());
            for (JobRecord job : saved.jobs()) {
                job.mayHaveLeftoverParts = true;
            }
            table.add(saved.jobs());
            Instant now = Instant.now();
            for (JobRecord job : saved.jobs()) {
                steps.resumeAfterRestart(job, now);
            }
            table.changedMany(saved.jobs(), false);
            table.publishOrder();
        }
        steps.watchDeadlines(DEADLINE_CHECK);
    }

    @Override
    public List<String> enqueue(List<JobSpec> specs) {
        List<String> ids = new ArrayList<>();
        List<JobRecord> added = new ArrayList<>(specs.size());
        synchronized (lock) {
            Instant now = Instant.now();
            for (JobSpec spec : specs) {
                JobRecord job = new JobRecord(UUID.randomUUID().toString(), spec);
                Failure problem = Submission.problemOf(spec);
                job.record(new Transition(now, JobState.QUEUED, "queued"));
                if (problem != null) {
                    job.moveTo(JobState.FAILED, problem.message());
                    job.failure = problem;
                }
                ids.add(job.id);
                added.add(job);
            }
            table.add(added);
            // one journal mark, stats and pump for the whole batch: a 10,000-row import stays linear
            table.changedMany(added, true);
            table.publishOrder();
        }
        return ids;
    }

    @Override
    public String resumeVideo(String videoId, String profile) {
        String id = videoId == null ? "" : videoId.strip();
        if (!VIDEO_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a video id: expected letters, digits, '_' "
                    + "or '-', like video_68e3c1...");
        }
        synchronized (lock) {
            for (JobRecord job : table.jobs()) {
                if (id.equals(job.videoId)) {
                    return job.id;
                }
            }
            JobRecord job = new JobRecord(UUID.randomUUID().toString(), new JobSpec(null, "", null, null, 0, null, profile));
            job.videoId = id;
            job.submittedAt = Instant.now();
            job.moveTo(JobState.IN_PROGRESS, "followed by pasted video id " + id);
            table.add(List.of(job));
            steps.tracking.schedulePoll(job, Duration.ZERO);
            table.changed(job, true);
            table.publishOrder();
            return job.id;
        }
    }

    @Override
    public void cancel(String jobId) {
        synchronized (lock) {
            JobRecord job = table.find(jobId);
            if (job == null || job.state.isTerminal()) {
                return;
            }
            JobState was = job.state;
            table.stopWork(job);
            job.moveTo(JobState.CANCELLED, "cancelled by the user");
            if (job.videoId != null && (was == JobState.IN_PROGRESS || was == JobState.DOWNLOADING)) {
                steps.submission.deleteRemote(job, job.videoId);
            }
            table.changed(job, true);
        }
    }

    @Override
    public void cancelAll() {
        synchronized (lock) {
            for (JobRecord job : new ArrayList<>(table.jobs())) {
                cancel(job.id);
            }
        }
    }

    @Override
    public void retry(String jobId) {
        synchronized (lock) {
            JobRecord job = table.find(jobId);
            if (job != null && (job.state == JobState.FAILED || job.state == JobState.CANCELLED)) {
                queueAsNewGeneration(job, "queued again by the user");
            }
        }
    }

    @Override
    public void checkAgain(String jobId) {
        synchronized (lock) {
            JobRecord job = table.find(jobId);
            if (job != null && job.state == JobState.UNCONFIRMED) {
                steps.reconciliation.checkAgain(job, "checking the server's video list again");
                table.changed(job, true);
            }
        }
    }

    @Override
    public void sendAgain(String jobId) {
        synchronized (lock) {
            JobRecord job = table.find(jobId);
            if (job != null && job.state == JobState.UNCONFIRMED) {
                queueAsNewGeneration(job, "sent again by the user, although the server may have received the first create");
            }
        }
    }

    private void queueAsNewGeneration(JobRecord job, String reason) {
        table.stopWork(job);
        job.videoId = null;
        job.progress = 0;
        job.submittedAt = null;
        job.createdAt = null;
        job.outputFolder = null;
        job.outputBase = null;
        job.videoFile = null;
        job.sidecarFile = null;
        job.lastResponse = null;
        job.responses.clear();
        job.outcomeUnknown = false;
        job.forgetProgressReadings();
        job.moveTo(JobState.QUEUED, reason);
        table.changed(job, true);
    }

    @Override
    public void move(String jobId, int offset) {
        synchronized (lock) {
            JobRecord job = table.find(jobId);
            if (job != null && job.state == JobState.QUEUED && offset != 0 && table.move(job, offset)) {
                slots.fill();
            }
        }
    }

    @Override
    public void clearFinished() {
        synchronized (lock) {
            table.removeFinished();
        }
    }

    @Override
    public void pause() {
        pause("");
    }

    @Override
    public void pause(String reason) {
        synchronized (lock) {
            table.setPaused(true, reason == null ? "" : reason);
        }
    }

    @Override
    public void resume() {
        synchronized (lock) {
            table.setPaused(false, "");
            slots.fill();
        }
    }

    @Override
    public boolean isPaused() {
        return table.isPaused();
    }

    @Override
    public void updateOptions(QueueOptions newOptions) {
        synchronized (lock) {
            table.setOptions(newOptions);
            slots.fill();
        }
    }

    @Override
    public QueueOptions options() {
        return table.options();
    }

    @Override
    public List<Job> jobs() {
        synchronized (lock) {
            return table.snapshots();
        }
    }

    @Override
    public Optional<Job> job(String jobId) {
        synchronized (lock) {
            JobRecord job = table.find(jobId);
            return job == null ? Optional.empty() : Optional.of(table.snapshot(job, System.currentTimeMillis()));
        }
    }

    @Override
    public QueueStats stats() {
        synchronized (lock) {
            return table.stats();
        }
    }

    @Override
    public Path journal() {
        return table.journalPath();
    }

    @Override
    public void addListener(QueueListener listener) {
        table.addListener(listener);
    }

    @Override
    public void removeListener(QueueListener listener) {
        table.removeListener(listener);
    }

    @Override
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (table.unfinished() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    @Override
    public boolean shutdown(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            if (work.stopped()) {
                return true;
            }
            work.stop();
        }
        boolean ended = false;
        try {
            ended = work.shutdown(Duration.ofNanos(left(deadline)));
            ended &= table.close(left(deadline));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            journalLock.release();
        }
        work.forgetClients();
        if (!ended) {
            LOG.log(Level.WARNING, "Queue {0}: some requests were still running at shutdown; the journal keeps "
                    + "their jobs for the next start", table.journalPath().getFileName());
        }
        return ended;
    }

    private static long left(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }
}
