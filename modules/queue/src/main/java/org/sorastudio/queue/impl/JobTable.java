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

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Failure;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.QueueStats;

/**
 * The queue's jobs in order, with everything that follows a change of one: the listeners hear it (in order, on the
 * {@link EventDispatcher}'s thread), the {@link Journal} writes it, and queued jobs may take a freed slot. The
 * {@link JobStore} the steps work with; the engine adds, moves and removes jobs through it. All under {@link #lock()}.
 */
final class JobTable implements JobStore {

    private static final Logger LOG = Logger.getLogger(JobTable.class.getName());
    private static final byte[] COMMA = {','};
    private static final byte[] END = "]}".getBytes(StandardCharsets.UTF_8);

    private final Object lock = new Object();
    private final List<JobRecord> jobs = new ArrayList<>();
    private final Map<String, JobRecord> byId = new HashMap<>();
    /** Clip names taken by the queue's jobs, lower case: two jobs never download onto one name. */
    private final Set<String> claimedBases = new HashSet<>();
    /** How many jobs are in each state, as last published: what the slots and awaitIdle ask after every change. */
    private final int[] counts = new int[JobState.values().length];
    private final RenderTimes renderTimes = new RenderTimes();
    private final Path journalPath;
    private final Journal journal;
    private final EventDispatcher events;
    private final QueueWork work;
    private QueueOptions options;
    private volatile boolean paused;
    private String pauseReason = "";
    /** A stats event waits for the event thread. */
    private boolean statsQueued;
    /** What runs after every change: {@link Slots} lets queued jobs take free slots. */
    private Runnable afterChange = () -> { };

    JobTable(Path journalPath, QueueOptions options, QueueWork work) {
        this.journalPath = journalPath.toAbsolutePath();
        this.options = options;
        this.work = work;
        this.events = new EventDispatcher("queue-events " + FilePaths.name(journalPath));
        this.journal = new Journal(new JsonDataFile(this.journalPath), lock, this::journalParts);
    }

    /** Sets what runs after every change (under the lock); once, before the first change. */
    void afterChange(Runnable step) {
        afterChange = step;
    }

    // ------------------------------------------------------------------ the store, for the steps

    @Override
    public Object lock() {
        return lock;
    }

    @Override
    public List<JobRecord> jobs() {
        return jobs;
    }

    @Override
    public boolean current(JobRecord job, int generation) {
        return !work.stopped() && job.generation == generation && byId.get(job.id) == job;
    }

    @Override
    public boolean stopped() {
        return work.stopped();
    }

    @Override
    public long changed(JobRecord job, boolean persist) {
        // whatever changed is in the next write, as when every write encoded every job
        job.encoded = null;
        long version = persist ? journal.markDirty() : 0;
        Job snapshot = snapshot(job, System.currentTimeMillis());
        events.publish(listener -> listener.jobChanged(snapshot));
        publishStats();
        if (count(job)) {
            afterChange.run();
        }
        return version;
    }

    @Override
    public int count(JobState state) {
        return counts[state.ordinal()];
    }

    /**
     * Counts the job in its state, waking whoever waits on the lock for the queue to be idle when it finished.
     * Whether its state changed since it was last counted: only then can a slot have been freed.
     */
    private boolean count(JobRecord job) {
        if (job.counted == job.state) {
            return false;
        }
        if (job.counted != null) {
            counts[job.counted.ordinal()]--;
        }
        counts[job.state.ordinal()]++;
        job.counted = job.state;
        if (job.state.isTerminal()) {
            lock.notifyAll();
        }
        return true;
    }

    /** The jobs not finished (neither completed, failed, cancelled nor unconfirmed); under the lock. */
    int unfinished() {
        int finished = 0;
        for (JobState state : JobState.values()) {
            if (state.isTerminal()) {
                finished += counts[state.ordinal()];
            }
        }
        return jobs.size() - finished;
    }

    @Override
    public long markDirty() {
        return journal.markDirty();
    }

    @Override
    public void awaitDurable(long version) throws IOException, InterruptedException {
        journal.awaitDurable(version);
    }

    @Override
    public void awaitDurableQuietly(long version) {
        if (version <= 0) {
            return;
        }
        try {
            journal.awaitDurable(version);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Queue journal {0} not written: {1}", new Object[]{journalPath, e.getMessage()});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void afterDurable(long version, Runnable then) {
        journal.afterDurable(version, then);
    }

    @Override
    public void stopWork(JobRecord job) {
        job.generation++;
        job.reconciling = false;
        if (job.pending != null) {
            job.pending.cancel(false);
            job.pending = null;
        }
    }

    @Override
    public void requeue(JobRecord job, String reason) {
        job.submittedAt = null;
        job.moveTo(JobState.QUEUED, reason);
        changed(job, true);
    }

    @Override
    public void fail(JobRecord job, Failure failure) {
        stopWork(job);
        failure.latestRequestId().ifPresent(job::addRequestId);
        job.moveTo(JobState.FAILED, failure.message());
        job.failure = failure.withRequestIds(job.requestIds);
        changed(job, true);
    }

    @Override
    public void failIfCurrent(JobRecord job, int generation, Failure failure) {
        synchronized (lock) {
            if (current(job, generation)) {
                fail(job, failure);
            }
        }
    }

    @Override
    public boolean isPaused() {
        synchronized (lock) {
            return paused;
        }
    }

    @Override
    public void pause(String reason) {
        setPaused(true, reason);
    }

    @Override
    public QueueOptions options() {
        synchronized (lock) {
            return options;
        }
    }

    @Override
    public RenderTimes renderTimes() {
        return renderTimes;
    }

    @Override
    public Long remainingMillis(JobRecord job, long now) {
        if (job.lastProgressAt > job.firstProgressAt) {
            Long fromProgress = PollPlanner.remainingFromProgress(job.firstProgressAt, job.firstProgress,
                    job.lastProgressAt, job.lastProgress, now);
            if (fromProgress != null) {
                return fromProgress;
            }
        }
        Duration expected = renderTimes.expected(job.spec);
        if (expected == null || job.submittedAt == null) {
            return null;
        }
        return job.submittedAt.toEpochMilli() + expected.toMillis() - now;
    }

    @Override
    public String claimOutputBase(Path folder, String wanted) {
        String base = FileNames.unique(folder, wanted, claimedBases);
        claimedBases.add(base.toLowerCase(Locale.ROOT));
        return base;
    }

    @Override
    public Path journalPath() {
        return journalPath;
    }

    // ------------------------------------------------------------------ for the engine

    JobRecord find(String jobId) {
        return byId.get(jobId);
    }

    /** Appends jobs at the end of the queue (a restored one keeps the clip name it had); not yet published. */
    void add(List<JobRecord> added) {
        for (JobRecord job : added) {
            count(job);
            jobs.add(job);
            byId.put(job.id, job);
            if (job.outputBase != null) {
                claimedBases.add(job.outputBase.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Moves a job by {@code offset} places (within the list); whether it moved. The new order is published. */
    boolean move(JobRecord job, int offset) {
        int from = jobs.indexOf(job);
        int to = Math.max(0, Math.min(jobs.size() - 1, from + offset));
        if (to == from) {
            return false;
        }
        jobs.remove(from);
        jobs.add(to, job);
        journal.markDirty();
        publishOrder();
        return true;
    }

    /** Removes every finished job; the journal is written without them and the new order published. */
    void removeFinished() {
        if (jobs.removeIf(job -> job.state.isTerminal())) {
            byId.values().removeIf(job -> {
                if (job.state.isTerminal()) {
                    counts[job.counted.ordinal()]--;
                    return true;
                }
                return false;
            });
            journal.markDirty();
            publishOrder();
            publishStats();
        }
    }

    void setOptions(QueueOptions next) {
        options = next;
    }

    void setPaused(boolean value, String reason) {
        if (value && !reason.isEmpty()) {
            LOG.log(Level.WARNING, "Queue paused: {0}", reason);
        }
        paused = value;
        pauseReason = reason;
        journal.markDirty();
        publishStats();
    }

    void addListener(QueueListener listener) {
        events.add(listener);
    }

    void removeListener(QueueListener listener) {
        events.remove(listener);
    }

    /**
     * {@link #changed} for many jobs at once: each published, the journal, stats and slots done once; under the lock.
     *
     * @param changedSinceEncoded whether the jobs' kept journal encodings are out of date
     */
    void changedMany(List<JobRecord> many, boolean changedSinceEncoded) {
        if (many.isEmpty()) {
            return;
        }
        journal.markDirty();
        long now = System.currentTimeMillis();
        for (JobRecord job : many) {
            if (changedSinceEncoded) {
                job.encoded = null;
            }
            count(job);
            Job snapshot = snapshot(job, now);
            events.publish(listener -> listener.jobChanged(snapshot));
        }
        publishStats();
        afterChange.run();
    }

    void publishOrder() {
        List<String> order = jobs.stream().map(job -> job.id).toList();
        events.publish(listener -> listener.orderChanged(order));
    }

    /**
     * Publishes the stats, coalesced: while a stats event waits for the event thread no other is queued, and the
     * one waiting counts the jobs when it is delivered. A burst of job changes costs one count, not one per change.
     */
    private void publishStats() {
        if (statsQueued) {
            return;
        }
        statsQueued = events.publishComputed(() -> {
            synchronized (lock) {
                statsQueued = false;
                return stats();
            }
        }, QueueListener::statsChanged);
    }

    List<Job> snapshots() {
        long now = System.currentTimeMillis();
        return jobs.stream().map(job -> snapshot(job, now)).toList();
    }

    Job snapshot(JobRecord job, long now) {
        Long remaining = job.state.holdsSlot() ? remainingMillis(job, now) : null;
        Duration eta = job.state == JobState.DOWNLOADING ? Duration.ZERO
                : remaining == null ? null : Duration.ofMillis(Math.max(0, remaining));
        return job.snapshot(eta);
    }

    QueueStats stats() {
        int[] counts = new int[JobState.values().length];
        long longestRunning = 0;
        boolean unknown = false;
        long now = System.currentTimeMillis();
        JobRecord firstQueued = null;
        for (JobRecord job : jobs) {
            counts[job.state.ordinal()]++;
            if (job.state == JobState.SUBMITTING || job.state == JobState.IN_PROGRESS) {
                Long left = remainingMillis(job, now);
                unknown |= left == null;
                longestRunning = Math.max(longestRunning, left == null ? 0 : left);
            } else if (job.state == JobState.QUEUED && firstQueued == null) {
                firstQueued = job;
            }
        }
        int queued = counts[JobState.QUEUED.ordinal()];
        Duration eta = unknown ? null : Duration.ofMillis(longestRunning);
        if (eta != null && queued > 0) {
            Duration each = renderTimes.expected(firstQueued.spec);
            int rounds = (queued + options.parallelJobs() - 1) / options.parallelJobs();
            eta = each == null ? null : eta.plus(each.multipliedBy(rounds));
        }
        return new QueueStats(jobs.size(), queued, counts[JobState.SUBMITTING.ordinal()] + counts[JobState.IN_PROGRESS.ordinal()],
                counts[JobState.DOWNLOADING.ordinal()], counts[JobState.COMPLETED.ordinal()], counts[JobState.FAILED.ordinal()],
                counts[JobState.CANCELLED.ordinal()], counts[JobState.UNCONFIRMED.ordinal()], paused, pauseReason, eta,
                work.requests(), work.rateLimited());
    }

    /** Writes what is pending and stops the journal's writer and the event thread; false if events were still pending. */
    boolean close(long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        journal.close(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        return events.shutdown(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }

    /**
     * The journal: one JSON object with the jobs in queue order, as parts to write one after another; a job's
     * encoding is kept until it changes, so a write of a big queue encodes only what changed since the last one.
     */
    private List<byte[]> journalParts() {
        JsonObject head = new JsonObject();
        head.addProperty("format", QueueEngine.JOURNAL_FORMAT);
        head.addProperty("paused", paused);
        head.addProperty("pauseReason", pauseReason);
        String text = Json.COMPACT.toJson(head);
        List<byte[]> parts = new ArrayList<>(2 * jobs.size() + 2);
        parts.add((text.substring(0, text.length() - 1) + ",\"jobs\":[").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < jobs.size(); i++) {
            if (i > 0) {
                parts.add(COMMA);
            }
            parts.add(jobs.get(i).encoded());
        }
        parts.add(END);
        return parts;
    }
}
