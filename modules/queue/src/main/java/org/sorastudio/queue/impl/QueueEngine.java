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

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Failure;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.VideoApiClient;
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
 * The render queue. All state lives in {@link JobRecord}s guarded by one lock; a timer thread
 * fires polls and retries, worker threads make the (blocking) API calls, and every change is
 * published to listeners and written to the {@link Journal}. Work handed to a worker carries the
 * job's generation, so a late answer for a cancelled or retried job is recognised and dropped.
 */
public final class QueueEngine implements RenderQueue {

    private static final Logger LOG = Logger.getLogger(QueueEngine.class.getName());
    static final int JOURNAL_FORMAT = 1;
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);
    /** Tokens a create leaves in the rate budget for the polls and downloads of running jobs. */
    private static final int CREATE_RESERVE = 2;
    /** How often every waiting job's deadline is checked, whatever it waits for. */
    private static final Duration DEADLINE_CHECK = Duration.ofMillis(500);
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,200}");

    final Object lock = new Object();
    final List<JobRecord> jobs = new ArrayList<>();
    final Map<String, JobRecord> byId = new HashMap<>();
    final Set<String> claimedBases = new HashSet<>();
    private final Map<String, RequestBudget> budgets = new ConcurrentHashMap<>();
    private final Set<VideoApiClient> watchedClients = Collections.newSetFromMap(new IdentityHashMap<>());
    final RenderTimes renderTimes = new RenderTimes();
    final Path journalPath;
    private final JournalLock journalLock;
    final Journal journal;
    private final ApiClientProvider clients;
    private final EventDispatcher events;
    private final QueueThreads threads;
    final Submission submission = new Submission(this);
    final Reconciliation reconciliation = new Reconciliation(this);
    final Tracking tracking = new Tracking(this);
    final StatusLists statusLists = new StatusLists(this);
    final Downloads downloads = new Downloads(this);
    QueueOptions options;
    private volatile boolean paused;
    private String pauseReason = "";
    boolean stopped;
    private boolean pumping;
    /** A stats event waits for the event thread; guarded by the lock. */
    private boolean statsQueued;
    private boolean pumpAgain;
    private ScheduledFuture<?> pumpRetry;

    private QueueEngine(Path journalPath, JournalLock journalLock, QueueOptions options, ApiClientProvider clients) {
        this.journalPath = journalPath.toAbsolutePath();
        this.journalLock = journalLock;
        this.options = options;
        this.clients = clients;
        String name = FilePaths.name(journalPath);
        this.events = new EventDispatcher("queue-events " + name);
        this.threads = new QueueThreads(name);
        this.journal = new Journal(new JsonDataFile(this.journalPath), lock, this::journalParts);
    }

    /** See {@link RenderQueue#open}. */
    public static QueueEngine open(Path journalPath, QueueOptions options, ApiClientProvider clients)
            throws DataFileException {
        JsonDataFile file = new JsonDataFile(journalPath);
        JournalLock journalLock = JournalLock.acquire(file.path());
        try {
            removeStaleTemporaries(file);
            JsonObject saved = file.exists() ? readWithBackup(file) : new JsonObject();
            List<JobRecord> restored = parseJobs(file.path(), saved);
            boolean paused;
            String pauseReason;
            try {
                paused = JobCodec.bool(saved, "paused");
                pauseReason = Objects.requireNonNullElse(JobCodec.string(saved, "pauseReason"), "");
            } catch (IllegalStateException e) {
                throw new DataFileException(file.path(), "the queue journal is broken: " + e.getMessage(), e);
            }
            // everything read before the engine (and its journal writer) starts, so a broken journal leaves nothing running
            QueueEngine engine = new QueueEngine(journalPath, journalLock, options, clients);
            engine.restore(paused, pauseReason, restored);
            return engine;
        } catch (DataFileException | RuntimeException e) {
            journalLock.release();
            throw e;
        }
    }

    /** Leftovers of journal writes a killed process never finished; safe now that this process holds the journal's lock. */
    private static void removeStaleTemporaries(JsonDataFile file) {
        try {
            int removed = file.removeStaleTemporaries();
            if (removed > 0) {
                LOG.log(Level.INFO, "Removed {0} unfinished temporary file(s) of the queue journal {1}",
                        new Object[]{removed, file.path()});
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove unfinished temporary files of the queue journal {0}: {1}",
                    new Object[]{file.path(), e.getMessage()});
        }
    }

    private static JsonObject readWithBackup(JsonDataFile file) throws DataFileException {
        try {
            return file.read();
        } catch (DataFileException broken) {
            Optional<Path> backup = broken.backup();
            if (backup.isEmpty()) {
                throw broken;
            }
            LOG.log(Level.WARNING, "Queue journal {0} is unreadable ({1}); using its backup",
                    new Object[]{broken.file(), broken.problem()});
            return JsonDataFile.read(backup.get());
        }
    }

    // ------------------------------------------------------------------ restore

    private static List<JobRecord> parseJobs(Path file, JsonObject saved) throws DataFileException {
        List<JobRecord> restored = new ArrayList<>();
        JsonArray array = saved.has("jobs") && saved.get("jobs").isJsonArray() ? saved.getAsJsonArray("jobs") : new JsonArray();
        int index = 0;
        for (JsonElement element : array) {
            index++;
            if (!element.isJsonObject()) {
                throw new DataFileException(file, "job " + index + " of the queue journal is broken: it is not an object", null);
            }
            try {
                JobRecord job = JobCodec.job(element.getAsJsonObject());
                // encoded here, before the queue and its lock exist: the first write after a restart of a big queue
                // then holds the lock for the few jobs the restart changes, not for encoding all of them
                job.encoded = Json.COMPACT.toJson(element).getBytes(StandardCharsets.UTF_8);
                restored.add(job);
            } catch (IllegalStateException e) {
                throw new DataFileException(file, "job " + index + " of the queue journal is broken: " + e.getMessage(), e);
            }
        }
        return restored;
    }

    private void restore(boolean savedPaused, String savedPauseReason, List<JobRecord> restored) {
        synchronized (lock) {
            paused = savedPaused;
            pauseReason = savedPauseReason;
            for (JobRecord job : restored) {
                job.mayHaveLeftoverParts = true;
                jobs.add(job);
                byId.put(job.id, job);
                if (job.outputBase != null) {
                    claimedBases.add(job.outputBase.toLowerCase(Locale.ROOT));
                }
            }
            Instant now = Instant.now();
            for (JobRecord job : restored) {
                resumeAfterRestart(job, now);
            }
            changedMany(restored, false);
            publishOrder();
        }
        watchDeadlines();
    }

    /** Picks up a job where the previous session left it. */
    private void resumeAfterRestart(JobRecord job, Instant now) {
        if (!job.state.isTerminal() && job.state != JobState.QUEUED) {
            job.encoded = null;
        }
        switch (job.state) {
            case SUBMITTING -> {
                if (job.videoId != null) {
                    job.moveTo(JobState.IN_PROGRESS, "resumed after restart");
                    tracking.schedulePoll(job, Duration.ZERO);
                } else {
                    // The create may or may not have reached the server: look before sending again.
                    job.outcomeUnknown = true;
                    job.statusText = "interrupted while submitting; checking the server's video list";
                    if (job.submittedAt == null) {
                        job.submittedAt = now;
                    }
                    // at least one look, however long ago it was sent
                    Instant until = job.submittedAt.plus(options.maxWait());
                    reconciliation.beginReconcile(job, until.isAfter(now) ? until : now.plus(Reconciliation.checkWindow(options)),
                            positive(Duration.between(now, job.submittedAt.plus(Reconciliation.RECONCILE_SETTLE))));
                }
            }
            case UNCONFIRMED -> reconciliation.checkAgain(job, "checking the server's video list again after a restart");
            case IN_PROGRESS -> {
                job.statusText = "resumed after restart";
                tracking.schedulePoll(job, Duration.ZERO);
            }
            case DOWNLOADING -> {
                job.statusText = "resumed after restart; downloading";
                int generation = job.generation;
                executeDownload(() -> downloads.download(job, generation, 0));
            }
            default -> {
                // queued and finished jobs need nothing
            }
        }
    }

    // ------------------------------------------------------------------ public API

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
                jobs.add(job);
                byId.put(job.id, job);
                ids.add(job.id);
                added.add(job);
            }
            // one journal mark, stats and pump for the whole batch: a 10,000-row import stays linear
            changedMany(added);
            publishOrder();
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
            for (JobRecord job : jobs) {
                if (id.equals(job.videoId)) {
                    return job.id;
                }
            }
            JobRecord job = new JobRecord(UUID.randomUUID().toString(), new JobSpec(null, "", null, null, 0, null, profile));
            job.videoId = id;
            job.submittedAt = Instant.now();
            job.moveTo(JobState.IN_PROGRESS, "followed by pasted video id " + id);
            jobs.add(job);
            byId.put(job.id, job);
            tracking.schedulePoll(job, Duration.ZERO);
            changed(job, true);
            publishOrder();
            return job.id;
        }
    }

    @Override
    public void cancel(String jobId) {
        synchronized (lock) {
            JobRecord job = byId.get(jobId);
            if (job == null || job.state.isTerminal()) {
                return;
            }
            JobState was = job.state;
            stopWork(job);
            job.moveTo(JobState.CANCELLED, "cancelled by the user");
            if (job.videoId != null && (was == JobState.IN_PROGRESS || was == JobState.DOWNLOADING)) {
                deleteRemote(job, job.videoId);
            }
            changed(job, true);
        }
    }

    @Override
    public void cancelAll() {
        synchronized (lock) {
            for (JobRecord job : new ArrayList<>(jobs)) {
                cancel(job.id);
            }
        }
    }

    @Override
    public void retry(String jobId) {
        synchronized (lock) {
            JobRecord job = byId.get(jobId);
            if (job != null && (job.state == JobState.FAILED || job.state == JobState.CANCELLED)) {
                queueAsNewGeneration(job, "queued again by the user");
            }
        }
    }

    @Override
    public void checkAgain(String jobId) {
        synchronized (lock) {
            JobRecord job = byId.get(jobId);
            if (job != null && job.state == JobState.UNCONFIRMED) {
                reconciliation.checkAgain(job, "checking the server's video list again");
                changed(job, true);
            }
        }
    }

    @Override
    public void sendAgain(String jobId) {
        synchronized (lock) {
            JobRecord job = byId.get(jobId);
            if (job != null && job.state == JobState.UNCONFIRMED) {
                queueAsNewGeneration(job, "sent again by the user, although the server may have received the first create");
            }
        }
    }

    private void queueAsNewGeneration(JobRecord job, String reason) {
        stopWork(job);
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
        changed(job, true);
    }

    @Override
    public void move(String jobId, int offset) {
        synchronized (lock) {
            JobRecord job = byId.get(jobId);
            if (job == null || job.state != JobState.QUEUED || offset == 0) {
                return;
            }
            int from = jobs.indexOf(job);
            int to = Math.max(0, Math.min(jobs.size() - 1, from + offset));
            if (to == from) {
                return;
            }
            jobs.remove(from);
            jobs.add(to, job);
            journal.markDirty();
            publishOrder();
            pump();
        }
    }

    @Override
    public void clearFinished() {
        synchronized (lock) {
            boolean removed = jobs.removeIf(job -> job.state.isTerminal());
            if (removed) {
                byId.values().removeIf(job -> job.state.isTerminal());
                journal.markDirty();
                publishOrder();
                publishStats();
            }
        }
    }

    @Override
    public void pause() {
        synchronized (lock) {
            setPaused(true, "");
        }
    }

    @Override
    public void pause(String reason) {
        synchronized (lock) {
            setPaused(true, reason == null ? "" : reason);
        }
    }

    @Override
    public void resume() {
        synchronized (lock) {
            setPaused(false, "");
            pump();
        }
    }

    @Override
    public boolean isPaused() {
        synchronized (lock) {
            return paused;
        }
    }

    @Override
    public void updateOptions(QueueOptions newOptions) {
        synchronized (lock) {
            options = newOptions;
            pump();
        }
    }

    @Override
    public QueueOptions options() {
        synchronized (lock) {
            return options;
        }
    }

    @Override
    public List<Job> jobs() {
        synchronized (lock) {
            long now = System.currentTimeMillis();
            return jobs.stream().map(job -> snapshot(job, now)).toList();
        }
    }

    @Override
    public Optional<Job> job(String jobId) {
        synchronized (lock) {
            JobRecord job = byId.get(jobId);
            return job == null ? Optional.empty() : Optional.of(snapshot(job, System.currentTimeMillis()));
        }
    }

    @Override
    public QueueStats stats() {
        synchronized (lock) {
            return computeStats();
        }
    }

    @Override
    public Path journal() {
        return journalPath;
    }

    @Override
    public void addListener(QueueListener listener) {
        events.add(listener);
    }

    @Override
    public void removeListener(QueueListener listener) {
        events.remove(listener);
    }

    @Override
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (jobs.stream().anyMatch(job -> !job.state.isTerminal())) {
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
            if (stopped) {
                return true;
            }
            stopped = true;
        }
        boolean ended = false;
        try {
            ended = threads.shutdown(Duration.ofNanos(left(deadline)));
            journal.close(Duration.ofNanos(left(deadline)));
            ended &= events.shutdown(TimeUnit.NANOSECONDS.toMillis(left(deadline)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            journalLock.release();
        }
        synchronized (watchedClients) {
            for (VideoApiClient client : watchedClients) {
                budgets.values().forEach(client::removeRateLimitListener);
            }
            watchedClients.clear();
        }
        if (!ended) {
            LOG.log(Level.WARNING, "Queue {0}: some requests were still running at shutdown; the journal keeps "
                    + "their jobs for the next start", journalPath.getFileName());
        }
        return ended;
    }

    // ------------------------------------------------------------------ scheduling

    /** Starts creates while slots and the rate budget allow. Called under the lock after every change. */
    void pump() {
        if (pumping) {
            pumpAgain = true;
            return;
        }
        pumping = true;
        try {
            do {
                pumpAgain = false;
                pumpOnce();
            } while (pumpAgain);
        } finally {
            pumping = false;
        }
    }

    private void pumpOnce() {
        if (stopped || paused) {
            return;
        }
        int free = options.parallelJobs() - (int) jobs.stream().filter(job -> job.state.holdsSlot()).count();
        if (free <= 0) {
            return;
        }
        Set<String> waitingProfiles = new HashSet<>();
        // an identical create would make the reconciliation of these unable to tell the videos apart
        List<JobSpec> unresolved = jobs.stream().filter(job -> job.outcomeUnknown && job.videoId == null
                && job.state == JobState.SUBMITTING).map(job -> job.spec).toList();
        for (JobRecord job : new ArrayList<>(jobs)) {
            if (free <= 0) {
                return;
            }
            if (job.state != JobState.QUEUED || waitingProfiles.contains(job.spec.profile())
                    || unresolved.stream().anyMatch(spec -> Reconciler.sameRequest(spec, job.spec))) {
                continue;
            }
            RequestBudget budget = budget(job.spec.profile());
            long wait = budget.tryAcquire(CREATE_RESERVE);
            if (wait > 0) {
                // keep this profile's order: its later jobs wait too
                waitingProfiles.add(job.spec.profile());
                pumpAgainIn(wait);
                continue;
            }
            submission.submit(job, budget);
            free--;
        }
    }

    private void pumpAgainIn(long nanos) {
        if (stopped || (pumpRetry != null && !pumpRetry.isDone() && pumpRetry.getDelay(TimeUnit.NANOSECONDS) <= nanos)) {
            return;
        }
        if (pumpRetry != null) {
            pumpRetry.cancel(false);
        }
        pumpRetry = threads.schedule(Duration.ofNanos(nanos), () -> {
            synchronized (lock) {
                pumpRetry = null;
                pump();
            }
        });
    }

    /**
     * Every state that waits on the server has a deadline: jobs on the server are failed past the maximum
     * wait, creates of unknown outcome end unconfirmed past theirs, even while a slow call is still out.
     * (A create being sent and a download are bounded by the client's own timeouts and retry budget.)
     */
    private void watchDeadlines() {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            Instant now = Instant.now();
            for (JobRecord job : new ArrayList<>(jobs)) {
                if (job.state == JobState.IN_PROGRESS) {
                    tracking.failIfOverdue(job);
                } else if (job.state == JobState.SUBMITTING && job.outcomeUnknown && job.reconcileUntil != null
                        && now.isAfter(job.reconcileUntil)) {
                    // the deadline can pass just before the last read fails: keep what the reads said
                    reconciliation.unconfirmed(job, "no answer from the server's video list in time"
                            + (job.reconcileProblem == null ? "" : "; it last said: " + job.reconcileProblem));
                }
            }
        }
        threads.schedule(DEADLINE_CHECK, this::watchDeadlines);
    }

    void schedule(JobRecord job, Duration delay, Runnable step) {
        if (stopped) {
            return;
        }
        if (job.pending != null) {
            job.pending.cancel(false);
        }
        job.pending = threads.schedule(delay, step);
    }

    QueueThreads threads() {
        return threads;
    }

    void execute(Runnable call) {
        if (!stopped) {
            threads.request(call);
        }
    }

    void executeDownload(Runnable transfer) {
        if (!stopped) {
            threads.download(transfer);
        }
    }

    /** Ends whatever the job was waiting for; its running work becomes stale. */
    void stopWork(JobRecord job) {
        job.generation++;
        job.reconciling = false;
        if (job.pending != null) {
            job.pending.cancel(false);
            job.pending = null;
        }
    }

    boolean current(JobRecord job, int generation) {
        return !stopped && job.generation == generation && byId.get(job.id) == job;
    }

    // ------------------------------------------------------------------ state changes shared by the steps

    void requeue(JobRecord job, String reason) {
        job.submittedAt = null;
        job.moveTo(JobState.QUEUED, reason);
        changed(job, true);
    }

    // ------------------------------------------------------------------ delete, fail

    /** Best effort: the API deletes only finished videos, so an unfinished one stays on the server. */
    void deleteRemote(JobRecord job, String videoId) {
        String profile = job.spec.profile();
        execute(() -> {
            RequestBudget budget = budget(profile);
            String outcome;
            try {
                budget.acquire();
                try {
                    client(profile).delete(videoId);
                    outcome = "cancelled; deleted " + videoId + " on the server";
                } finally {
                    budget.release();
                }
            } catch (ApiException | IllegalArgumentException e) {
                outcome = "cancelled; the server keeps " + videoId + " (" + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            synchronized (lock) {
                if (job.state == JobState.CANCELLED) {
                    job.statusText = outcome;
                    changed(job, true);
                }
            }
        });
    }

    void failIfCurrent(JobRecord job, int generation, Failure failure) {
        synchronized (lock) {
            if (current(job, generation)) {
                fail(job, failure);
            }
        }
    }

    /** Ends the job as failed for {@code failure}, quoting every request id the job has. */
    void fail(JobRecord job, Failure failure) {
        stopWork(job);
        failure.latestRequestId().ifPresent(job::addRequestId);
        job.moveTo(JobState.FAILED, failure.message());
        job.failure = failure.withRequestIds(job.requestIds);
        changed(job, true);
    }

    // ------------------------------------------------------------------ clients and budgets

    RequestBudget budget(String profile) {
        return budgets.computeIfAbsent(profile, p -> new RequestBudget(System::nanoTime));
    }

    /** The profile's client, watched for rate-limit headers from its first request on. */
    VideoApiClient client(String profile) {
        VideoApiClient client = clients.clientFor(profile);
        synchronized (watchedClients) {
            if (watchedClients.add(client)) {
                client.addRateLimitListener(budget(profile));
            }
        }
        return client;
    }

    // ------------------------------------------------------------------ publishing

    /** Publishes the job and the stats, wakes {@link #awaitIdle}, lets the pump run; under the lock. */
    long changed(JobRecord job, boolean persist) {
        // whatever changed is in the next write, as when every write encoded every job
        job.encoded = null;
        long version = persist ? journal.markDirty() : 0;
        Job snapshot = snapshot(job, System.currentTimeMillis());
        events.publish(listener -> listener.jobChanged(snapshot));
        publishStats();
        lock.notifyAll();
        pump();
        return version;
    }

    /** {@link #changed} for many jobs at once: each published, the rest done once; under the lock. */
    void changedMany(List<JobRecord> many) {
        changedMany(many, true);
    }

    /** @param changedSinceEncoded whether the jobs' kept journal encodings are out of date */
    private void changedMany(List<JobRecord> many, boolean changedSinceEncoded) {
        if (many.isEmpty()) {
            return;
        }
        journal.markDirty();
        long now = System.currentTimeMillis();
        for (JobRecord job : many) {
            if (changedSinceEncoded) {
                job.encoded = null;
            }
            Job snapshot = snapshot(job, now);
            events.publish(listener -> listener.jobChanged(snapshot));
        }
        publishStats();
        lock.notifyAll();
        pump();
    }

    private void publishOrder() {
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
                return computeStats();
            }
        }, QueueListener::statsChanged);
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

    void awaitDurableQuietly(long version) {
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

    private static final byte[] COMMA = {','};
    private static final byte[] END = "]}".getBytes(StandardCharsets.UTF_8);

    /**
     * The journal: one JSON object with the jobs in queue order, as parts to write one after another; a job's
     * encoding is kept until it changes, so a write of a big queue encodes only what changed since the last one.
     */
    private List<byte[]> journalParts() {
        JsonObject head = new JsonObject();
        head.addProperty("format", JOURNAL_FORMAT);
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

    private Job snapshot(JobRecord job, long now) {
        Long remaining = job.state.holdsSlot() ? remainingMillis(job, now) : null;
        Duration eta = job.state == JobState.DOWNLOADING ? Duration.ZERO
                : remaining == null ? null : Duration.ofMillis(Math.max(0, remaining));
        return job.snapshot(eta);
    }

    private QueueStats computeStats() {
        int queued = 0;
        int running = 0;
        int downloading = 0;
        int completed = 0;
        int failed = 0;
        int cancelled = 0;
        int unconfirmed = 0;
        long longestRunning = 0;
        boolean unknown = false;
        long now = System.currentTimeMillis();
        for (JobRecord job : jobs) {
            switch (job.state) {
                case QUEUED -> queued++;
                case SUBMITTING, IN_PROGRESS -> {
                    running++;
                    Long left = remainingMillis(job, now);
                    unknown |= left == null;
                    longestRunning = Math.max(longestRunning, left == null ? 0 : left);
                }
                case DOWNLOADING -> downloading++;
                case COMPLETED -> completed++;
                case FAILED -> failed++;
                case CANCELLED -> cancelled++;
                case UNCONFIRMED -> unconfirmed++;
            }
        }
        Duration eta = unknown ? null : Duration.ofMillis(longestRunning);
        if (eta != null && queued > 0) {
            Duration each = jobs.stream().filter(job -> job.state == JobState.QUEUED).findFirst()
                    .map(job -> renderTimes.expected(job.spec)).orElse(null);
            int rounds = (queued + options.parallelJobs() - 1) / options.parallelJobs();
            eta = each == null ? null : eta.plus(each.multipliedBy(rounds));
        }
        long requests = budgets.values().stream().mapToLong(RequestBudget::requests).sum();
        long limited = budgets.values().stream().mapToLong(RequestBudget::rateLimited).sum();
        return new QueueStats(jobs.size(), queued, running, downloading, completed, failed, cancelled, unconfirmed, paused,
                pauseReason, eta, requests, limited);
    }

    /** Estimated time until the job finishes on the server (negative when overdue), or null if unknown. */
    Long remainingMillis(JobRecord job, long now) {
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

    static long elapsedMillis(JobRecord job, long now) {
        return job.submittedAt == null ? 0 : now - job.submittedAt.toEpochMilli();
    }

    // ------------------------------------------------------------------ small helpers

    static Duration backoff(int failures) {
        Duration wait = Duration.ofMillis(500L << Math.min(10, Math.max(0, failures - 1)));
        return wait.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : wait;
    }

    /** {@link #backoff} with equal jitter (half fixed, half random), so queues that failed together spread out. */
    static Duration jitteredBackoff(int failures) {
        long millis = backoff(failures).toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    static int secondsOf(String seconds) {
        try {
            return seconds == null ? 0 : (int) Double.parseDouble(seconds);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 1 && duration.toSecondsPart() == 0 ? minutes + " min" : seconds(duration);
    }

    static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static long left(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }
}
