package org.sorastudio.queue.impl;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.openai.ApiConnectionException;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.AuthenticationException;
import org.sorastudio.openai.ContentVariant;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.InputReference;
import org.sorastudio.openai.InvalidRequestException;
import org.sorastudio.openai.RateLimitException;
import org.sorastudio.openai.SortOrder;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.VideoListQuery;
import org.sorastudio.openai.VideoPage;
import org.sorastudio.openai.VideoResponse;
import org.sorastudio.queue.api.ApiClientProvider;
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
    /** How long a create whose outcome is unknown may still be landing on the server before its video list is read. */
    static final Duration RECONCILE_SETTLE = Duration.ofSeconds(2);
    private static final Duration RECONCILE_RETRY = Duration.ofSeconds(5);
    private static final Duration UNREACHABLE_COOLDOWN = Duration.ofSeconds(2);
    private static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);
    private static final Duration FIRST_PROBE_WAIT = Duration.ofSeconds(1);
    private static final int MAX_DOWNLOAD_FAILURES = 6;
    /** Tokens a create leaves in the rate budget for the polls and downloads of running jobs. */
    private static final int CREATE_RESERVE = 2;
    private static final int LIST_PAGE = VideoListQuery.MAX_LIMIT;
    private static final int MAX_LISTED_VIDEOS = 5000;
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,200}");

    private final Object lock = new Object();
    private final List<JobRecord> jobs = new ArrayList<>();
    private final Map<String, JobRecord> byId = new HashMap<>();
    private final Set<String> claimedBases = new HashSet<>();
    private final Map<String, RequestBudget> budgets = new ConcurrentHashMap<>();
    private final Set<VideoApiClient> watchedClients = Collections.newSetFromMap(new IdentityHashMap<>());
    private final RenderTimes renderTimes = new RenderTimes();
    private final Path journalPath;
    private final Journal journal;
    private final ApiClientProvider clients;
    private final EventDispatcher events;
    private final QueueThreads threads;
    private QueueOptions options;
    private boolean paused;
    private String pauseReason = "";
    private boolean stopped;
    private boolean pumping;
    private boolean pumpAgain;
    private ScheduledFuture<?> pumpRetry;

    private QueueEngine(Path journalPath, QueueOptions options, ApiClientProvider clients) {
        this.journalPath = journalPath.toAbsolutePath();
        this.options = options;
        this.clients = clients;
        String name = journalPath.getFileName().toString();
        this.events = new EventDispatcher("queue-events " + name);
        this.threads = new QueueThreads(name);
        this.journal = new Journal(new JsonDataFile(this.journalPath), lock, this::journalJson);
    }

    /** See {@link RenderQueue#open}. */
    public static QueueEngine open(Path journalPath, QueueOptions options, ApiClientProvider clients)
            throws DataFileException {
        JsonDataFile file = new JsonDataFile(journalPath);
        JsonObject saved = file.exists() ? readWithBackup(file) : null;
        QueueEngine engine = new QueueEngine(journalPath, options, clients);
        if (saved != null) {
            engine.restore(file.path(), saved);
        }
        return engine;
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

    private void restore(Path file, JsonObject saved) throws DataFileException {
        List<JobRecord> restored = new ArrayList<>();
        JsonArray array = saved.has("jobs") && saved.get("jobs").isJsonArray() ? saved.getAsJsonArray("jobs") : new JsonArray();
        int index = 0;
        for (JsonElement element : array) {
            index++;
            try {
                restored.add(JobCodec.job(element.getAsJsonObject()));
            } catch (RuntimeException e) {
                throw new DataFileException(file, "job " + index + " of the queue journal is broken: " + e.getMessage(), e);
            }
        }
        synchronized (lock) {
            paused = saved.has("paused") && saved.get("paused").getAsBoolean();
            pauseReason = saved.has("pauseReason") ? saved.get("pauseReason").getAsString() : "";
            for (JobRecord job : restored) {
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
            publishOrder();
            pump();
        }
    }

    /** Picks up a job where the previous session left it. */
    private void resumeAfterRestart(JobRecord job, Instant now) {
        switch (job.state) {
            case SUBMITTING -> {
                if (job.videoId != null) {
                    job.moveTo(JobState.IN_PROGRESS, "resumed after restart");
                    schedulePoll(job, Duration.ZERO);
                } else {
                    // The create may or may not have reached the server: look before sending again.
                    job.outcomeUnknown = true;
                    job.statusText = "interrupted while submitting; checking the server's video list";
                    if (job.submittedAt == null) {
                        job.submittedAt = now;
                    }
                    scheduleReconcile(job, positive(Duration.between(now, job.submittedAt.plus(RECONCILE_SETTLE))));
                }
            }
            case IN_PROGRESS -> {
                job.statusText = "resumed after restart";
                schedulePoll(job, Duration.ZERO);
            }
            case DOWNLOADING -> {
                job.statusText = "resumed after restart; downloading";
                int generation = job.generation;
                executeDownload(() -> download(job, generation, 0));
            }
            default -> {
                // queued and finished jobs need nothing
            }
        }
        changed(job, true);
    }

    // ------------------------------------------------------------------ public API

    @Override
    public List<String> enqueue(List<JobSpec> specs) {
        List<String> ids = new ArrayList<>();
        synchronized (lock) {
            Instant now = Instant.now();
            for (JobSpec spec : specs) {
                JobRecord job = new JobRecord(UUID.randomUUID().toString(), spec);
                String problem = problemOf(spec);
                job.transitions.add(new Transition(now, JobState.QUEUED, "queued"));
                if (problem != null) {
                    job.moveTo(JobState.FAILED, problem);
                }
                jobs.add(job);
                byId.put(job.id, job);
                ids.add(job.id);
                changed(job, true);
            }
            publishOrder();
            pump();
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
            schedulePoll(job, Duration.ZERO);
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
            if (job == null || (job.state != JobState.FAILED && job.state != JobState.CANCELLED)) {
                return;
            }
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
            job.outcomeUnknown = false;
            job.forgetProgressReadings();
            job.moveTo(JobState.QUEUED, "queued again by the user");
            changed(job, true);
        }
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
    private void pump() {
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
        Set<String> waitingProfiles = new HashSet<>();
        for (JobRecord job : new ArrayList<>(jobs)) {
            if (free <= 0) {
                return;
            }
            if (job.state != JobState.QUEUED || waitingProfiles.contains(job.spec.profile())) {
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
            submit(job, budget);
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

    private void schedule(JobRecord job, Duration delay, Runnable step) {
        if (stopped) {
            return;
        }
        if (job.pending != null) {
            job.pending.cancel(false);
        }
        job.pending = threads.schedule(delay, step);
    }

    private void execute(Runnable call) {
        if (!stopped) {
            threads.request(call);
        }
    }

    private void executeDownload(Runnable transfer) {
        if (!stopped) {
            threads.download(transfer);
        }
    }

    /** Ends whatever the job was waiting for; its running work becomes stale. */
    private void stopWork(JobRecord job) {
        job.generation++;
        job.reconciling = false;
        if (job.pending != null) {
            job.pending.cancel(false);
            job.pending = null;
        }
    }

    private boolean current(JobRecord job, int generation) {
        return !stopped && job.generation == generation && byId.get(job.id) == job;
    }

    // ------------------------------------------------------------------ create

    private void submit(JobRecord job, RequestBudget budget) {
        stopWork(job);
        int generation = job.generation;
        job.submittedAt = Instant.now();
        job.outcomeUnknown = false;
        job.moveTo(JobState.SUBMITTING, "sending the create request");
        long version = changed(job, true);
        execute(() -> create(job, generation, version, budget));
        if (stopped) {
            budget.release();
        }
    }

    private void create(JobRecord job, int generation, long version, RequestBudget budget) {
        try {
            // never send a create the journal does not know about: after a crash it is reconciled, not resent
            journal.awaitDurable(version);
        } catch (IOException e) {
            budget.release();
            synchronized (lock) {
                if (current(job, generation)) {
                    job.moveTo(JobState.QUEUED, "the queue journal cannot be written: " + e.getMessage());
                    setPaused(true, "The queue journal " + journalPath + " cannot be written: " + e.getMessage());
                    changed(job, false);
                }
            }
            return;
        } catch (InterruptedException e) {
            budget.release();
            Thread.currentThread().interrupt();
            return;
        }
        CreateVideoRequest request;
        VideoApiClient client;
        synchronized (lock) {
            if (!current(job, generation) || job.state != JobState.SUBMITTING) {
                budget.release();
                return;
            }
        }
        try {
            client = client(job.spec.profile());
            request = toRequest(job.spec);
        } catch (RuntimeException e) {
            budget.release();
            failIfCurrent(job, generation, e.getMessage(), null);
            return;
        }
        VideoResponse response;
        try {
            response = client.create(request);
        } catch (ApiException e) {
            budget.release();
            createFailed(job, generation, e);
            return;
        } catch (UncheckedIOException e) {
            budget.release();
            failIfCurrent(job, generation, "cannot read the reference image: " + e.getMessage(), null);
            return;
        }
        budget.release();
        created(job, generation, response);
    }

    private void created(JobRecord job, int generation, VideoResponse response) {
        Video video = response.video();
        long version;
        synchronized (lock) {
            if (!current(job, generation) || job.state != JobState.SUBMITTING) {
                // cancelled while the create was out: the job exists on the server now
                if (job.videoId == null) {
                    job.videoId = video.id();
                }
                deleteRemote(job, video.id());
                changed(job, true);
                return;
            }
            job.videoId = video.id();
            job.addRequestId(response.requestId());
            job.createdAt = video.createdAt();
            job.moveTo(JobState.IN_PROGRESS, "accepted by the server as " + video.id());
            version = changed(job, true);
            apply(job, response);
        }
        awaitDurableQuietly(version);
    }

    private void createFailed(JobRecord job, int generation, ApiException e) {
        synchronized (lock) {
            if (!current(job, generation)) {
                return;
            }
            job.addRequestId(e.requestId().orElse(null));
            String profile = job.spec.profile();
            if (e.isOutcomeUnknown()) {
                job.outcomeUnknown = true;
                job.statusText = "the server may have received the create (" + e.getMessage()
                        + "); checking its video list before sending again";
                changed(job, true);
                scheduleReconcile(job, RECONCILE_SETTLE);
            } else if (e instanceof RateLimitException limited && limited.isQuotaExhausted()) {
                requeue(job, "the account's quota is exhausted");
                setPaused(true, "Profile " + profile + ": the account's quota is exhausted (" + e.getMessage() + ")");
            } else if (e instanceof RateLimitException) {
                requeue(job, "rate limited by the server; waiting");
            } else if (e instanceof AuthenticationException) {
                requeue(job, "the server refused the API key");
                setPaused(true, "Profile " + profile + ": the server refused the API key (" + e.getMessage() + ")");
            } else if (e instanceof ApiConnectionException) {
                budget(profile).coolDown(UNREACHABLE_COOLDOWN);
                requeue(job, "cannot reach the server: " + e.getMessage());
            } else {
                fail(job, "the server refused the request: " + e.getMessage());
            }
        }
    }

    private void requeue(JobRecord job, String reason) {
        job.submittedAt = null;
        job.moveTo(JobState.QUEUED, reason);
        changed(job, true);
    }

    private static CreateVideoRequest toRequest(JobSpec spec) {
        return new CreateVideoRequest(spec.prompt(), spec.model(), spec.seconds() > 0 ? Integer.toString(spec.seconds()) : null,
                spec.size(), reference(spec.referenceImage()));
    }

    private static InputReference reference(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String lower = reference.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("data:")) {
            return new InputReference.ImageUrl(reference);
        }
        return InputReference.file(Path.of(reference));
    }

    /** Why a job cannot even be sent, or null. */
    private static String problemOf(JobSpec spec) {
        try {
            toRequest(spec);
            return null;
        } catch (RuntimeException e) {
            return "cannot be sent: " + e.getMessage();
        }
    }

    // ------------------------------------------------------------------ reconcile

    private void scheduleReconcile(JobRecord job, Duration delay) {
        String profile = job.spec.profile();
        schedule(job, delay, () -> execute(() -> reconcile(profile)));
    }

    /**
     * Resolves every job of {@code profile} whose create may have reached the server: adopts its
     * video if the server's list has one that matches, else queues it to be sent again.
     */
    private void reconcile(String profile) {
        List<JobRecord> unresolved = new ArrayList<>();
        List<Reconciler.Unresolved> wanted = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        synchronized (lock) {
            Instant settled = Instant.now().minus(RECONCILE_SETTLE);
            for (JobRecord job : jobs) {
                if (job.videoId != null) {
                    claimed.add(job.videoId);
                } else if (job.state == JobState.SUBMITTING && job.outcomeUnknown && !job.reconciling
                        && profile.equals(job.spec.profile()) && !job.submittedAt.isAfter(settled)) {
                    job.reconciling = true;
                    unresolved.add(job);
                    wanted.add(new Reconciler.Unresolved(job.id, job.spec, job.submittedAt));
                }
            }
        }
        if (unresolved.isEmpty()) {
            return;
        }
        List<Video> videos;
        try {
            videos = listBackTo(profile, Reconciler.listBackTo(wanted));
        } catch (ApiException | IllegalArgumentException e) {
            synchronized (lock) {
                for (JobRecord job : unresolved) {
                    if (job.reconciling) {
                        job.reconciling = false;
                        job.statusText = "cannot read the server's video list (" + e.getMessage() + "); trying again";
                        changed(job, false);
                        scheduleReconcile(job, RECONCILE_RETRY);
                    }
                }
            }
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Map<String, Video> matches = Reconciler.match(wanted, videos, claimed);
        long version = 0;
        synchronized (lock) {
            for (JobRecord job : unresolved) {
                if (!job.reconciling || job.state != JobState.SUBMITTING) {
                    continue;
                }
                job.reconciling = false;
                job.outcomeUnknown = false;
                Video video = matches.get(job.id);
                if (video == null) {
                    requeue(job, "the server has no video for the interrupted create; sending it again");
                } else {
                    job.videoId = video.id();
                    job.createdAt = video.createdAt();
                    job.moveTo(JobState.IN_PROGRESS, "found on the server as " + video.id() + " after an interrupted create");
                    changed(job, true);
                    apply(job, new VideoResponse(video, null, null));
                }
                version = journal.markDirty();
            }
        }
        awaitDurableQuietly(version);
    }

    private List<Video> listBackTo(String profile, Instant oldest) throws InterruptedException {
        VideoApiClient client = client(profile);
        RequestBudget budget = budget(profile);
        List<Video> videos = new ArrayList<>();
        String after = null;
        while (true) {
            acquire(budget);
            VideoPage page;
            try {
                page = client.list(new VideoListQuery(LIST_PAGE, SortOrder.DESC, after));
            } finally {
                budget.release();
            }
            videos.addAll(page.data());
            boolean reachedOlder = page.data().stream().anyMatch(v -> v.createdAt() != null && v.createdAt().isBefore(oldest));
            if (!page.hasMore() || page.data().isEmpty() || reachedOlder || videos.size() >= MAX_LISTED_VIDEOS) {
                return videos;
            }
            after = page.lastId();
        }
    }

    // ------------------------------------------------------------------ poll

    private void schedulePoll(JobRecord job, Duration delay) {
        int generation = job.generation;
        schedule(job, delay, () -> pollWhenPermitted(job, generation));
    }

    private void pollWhenPermitted(JobRecord job, int generation) {
        RequestBudget budget;
        synchronized (lock) {
            if (!current(job, generation) || job.state != JobState.IN_PROGRESS) {
                return;
            }
            budget = budget(job.spec.profile());
            long wait = budget.tryAcquire(0);
            if (wait > 0) {
                schedule(job, Duration.ofNanos(wait), () -> pollWhenPermitted(job, generation));
                return;
            }
        }
        execute(() -> {
            try {
                poll(job, generation);
            } finally {
                budget.release();
            }
        });
    }

    private void poll(JobRecord job, int generation) {
        String videoId;
        synchronized (lock) {
            if (!current(job, generation)) {
                return;
            }
            videoId = job.videoId;
        }
        VideoResponse response;
        try {
            response = client(job.spec.profile()).retrieve(videoId);
        } catch (InvalidRequestException e) {
            if (e.isNotFound()) {
                failIfCurrent(job, generation, "the server no longer knows video " + videoId + " (deleted or expired)", e);
            } else {
                retryPollLater(job, generation, e);
            }
            return;
        } catch (ApiException e) {
            retryPollLater(job, generation, e);
            return;
        } catch (IllegalArgumentException e) {
            failIfCurrent(job, generation, e.getMessage(), null);
            return;
        }
        synchronized (lock) {
            if (current(job, generation)) {
                apply(job, response);
            }
        }
    }

    private void retryPollLater(JobRecord job, int generation, ApiException e) {
        synchronized (lock) {
            if (!current(job, generation)) {
                return;
            }
            job.transientFailures++;
            Duration wait = e instanceof RateLimitException limited && limited.retryAfter().isPresent()
                    ? limited.retryAfter().get() : backoff(job.transientFailures);
            if (e instanceof AuthenticationException) {
                setPaused(true, "Profile " + job.spec.profile() + ": the server refused the API key (" + e.getMessage() + ")");
            }
            job.statusText = "status check failed (" + e.getMessage() + "); trying again in " + seconds(wait);
            changed(job, false);
            if (!failIfOverdue(job)) {
                schedulePoll(job, wait);
            }
        }
    }

    /** Takes in what the server said about the job's video; under the lock. */
    private void apply(JobRecord job, VideoResponse response) {
        Video video = response.video();
        long now = System.currentTimeMillis();
        job.lastResponse = JobCodec.video(video);
        job.transientFailures = 0;
        if (job.createdAt == null) {
            job.createdAt = video.createdAt();
        }
        if (job.spec.prompt().isEmpty()) {
            job.spec = new JobSpec(job.spec.shotId(), video.prompt() == null ? "" : video.prompt(), video.model(),
                    video.size(), secondsOf(video.seconds()), null, job.spec.profile());
        }
        job.progress = Math.max(0, Math.min(100, video.progress()));
        if (video.status().isCompleted()) {
            job.addRequestId(response.requestId());
            job.progress = 100;
            beginDownload(job, "finished on the server");
            return;
        }
        if (video.status().isFailed()) {
            job.addRequestId(response.requestId());
            fail(job, failureText(video));
            return;
        }
        job.pollHint = response.pollAfterHint().orElse(null);
        job.lastPendingAt = now;
        recordProgress(job, now);
        job.statusText = video.status().equals(org.sorastudio.openai.VideoStatus.QUEUED)
                ? "queued on the server" : "rendering, " + job.progress + "%";
        if (failIfOverdue(job)) {
            return;
        }
        if (isStuckAt99(job, now)) {
            beginProbe(job, now);
        } else {
            schedulePoll(job, PollPlanner.nextDelay(elapsedMillis(job, now), remainingMillis(job, now), job.pollHint));
        }
        changed(job, false);
    }

    private void recordProgress(JobRecord job, long now) {
        if (job.progress <= 0) {
            return;
        }
        if (job.firstProgressAt == 0) {
            job.firstProgressAt = now;
            job.firstProgress = job.progress;
        }
        job.lastProgressAt = now;
        job.lastProgress = job.progress;
    }

    private static String failureText(Video video) {
        if (video.error() == null) {
            return "the server ended the job as " + video.status();
        }
        if (video.error().isModerationBlocked()) {
            return "blocked by moderation: " + video.error().message();
        }
        return "the server failed the job (" + video.error().code() + "): " + video.error().message();
    }

    /** Fails the job if it has waited longer than the maximum; under the lock. */
    private boolean failIfOverdue(JobRecord job) {
        if (job.submittedAt == null || !Instant.now().isAfter(job.submittedAt.plus(options.maxWait()))) {
            return false;
        }
        fail(job, "not finished after " + describe(options.maxWait()) + " (video " + job.videoId + ", request ids "
                + String.join(", ", job.requestIds) + ")");
        return true;
    }

    // ------------------------------------------------------------------ stuck at 99

    private boolean isStuckAt99(JobRecord job, long now) {
        if (job.progress < 99) {
            job.at99Since = 0;
            return false;
        }
        if (job.at99Since == 0) {
            job.at99Since = now;
        }
        Duration wait = job.nextProbeWait;
        if (wait == null) {
            Duration expected = renderTimes.expected(job.spec.profile(), job.kind());
            long reached = job.submittedAt == null ? 0 : job.at99Since - job.submittedAt.toEpochMilli();
            wait = Duration.ofMillis(Math.max(FIRST_PROBE_WAIT.toMillis(), expected == null ? reached : expected.toMillis()));
        }
        return now - job.at99Since >= wait.toMillis();
    }

    /** The job sits at 99 % longer than it should: the clip may be there already, so try downloading it. */
    private void beginProbe(JobRecord job, long now) {
        assignOutput(job);
        job.statusText = "stuck at 99% for " + seconds(Duration.ofMillis(now - job.at99Since)) + "; trying the download";
        long version = changed(job, true);
        int generation = job.generation;
        schedule(job, Duration.ZERO, () -> executeDownload(() -> probe(job, generation, version)));
    }

    private void probe(JobRecord job, int generation, long version) {
        awaitDurableQuietly(version);
        ClipFiles files;
        String videoId;
        synchronized (lock) {
            if (!current(job, generation)) {
                return;
            }
            files = ClipFiles.of(job.outputFolder, job.outputBase);
            videoId = job.videoId;
        }
        RequestBudget budget = budget(job.spec.profile());
        try {
            Files.createDirectories(files.video().getParent());
            acquire(budget);
            try {
                client(job.spec.profile()).downloadContent(videoId, ContentVariant.VIDEO, files.video());
            } finally {
                budget.release();
            }
        } catch (InvalidRequestException e) {
            synchronized (lock) {
                if (current(job, generation)) {
                    Duration last = job.nextProbeWait == null ? FIRST_PROBE_WAIT : job.nextProbeWait;
                    job.nextProbeWait = last.multipliedBy(2);
                    job.at99Since = System.currentTimeMillis();
                    job.statusText = "stuck at 99%; the clip is not there yet";
                    changed(job, false);
                    schedulePoll(job, PollPlanner.nextDelay(0, null, job.pollHint));
                }
            }
            return;
        } catch (ApiException e) {
            retryPollLater(job, generation, e);
            return;
        } catch (IOException | UncheckedIOException e) {
            failIfCurrent(job, generation, "cannot write into the output folder: " + e.getMessage(), null);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long downloading;
        synchronized (lock) {
            if (!current(job, generation)) {
                files.deleteAll();
                return;
            }
            downloading = beginDownloadState(job, "stuck at 99% on the server, but the clip was there: finished");
        }
        download(job, generation, downloading);
    }

    // ------------------------------------------------------------------ download

    private void beginDownload(JobRecord job, String reason) {
        long version = beginDownloadState(job, reason);
        int generation = job.generation;
        executeDownload(() -> download(job, generation, version));
    }

    private long beginDownloadState(JobRecord job, String reason) {
        assignOutput(job);
        if (job.submittedAt != null) {
            // it finished somewhere between the last "pending" answer and now: learn the middle, not the poll lag
            long now = System.currentTimeMillis();
            long finished = job.lastPendingAt > 0 ? (job.lastPendingAt + now) / 2 : now;
            renderTimes.record(job.spec.profile(), job.kind(), Duration.ofMillis(finished - job.submittedAt.toEpochMilli()));
        }
        job.transientFailures = 0;
        job.moveTo(JobState.DOWNLOADING, reason);
        return changed(job, true);
    }

    /** Fixes where the clip goes, once: a restarted download must land on the same name. */
    private void assignOutput(JobRecord job) {
        if (job.outputBase != null) {
            return;
        }
        Instant stamp = job.createdAt != null ? job.createdAt : Instant.now();
        Path folder = options.outputDirectory().toAbsolutePath().normalize();
        String base = FileNames.unique(folder, FileNames.clipBase(stamp, job.spec.prompt(), job.videoId), claimedBases);
        claimedBases.add(base.toLowerCase(Locale.ROOT));
        job.outputFolder = folder;
        job.outputBase = base;
    }

    private void download(JobRecord job, int generation, long version) {
        awaitDurableQuietly(version);
        ClipFiles files;
        String videoId;
        synchronized (lock) {
            if (!current(job, generation) || job.state != JobState.DOWNLOADING) {
                return;
            }
            files = ClipFiles.of(job.outputFolder, job.outputBase);
            videoId = job.videoId;
        }
        String profile = job.spec.profile();
        RequestBudget budget = budget(profile);
        try {
            VideoApiClient client = client(profile);
            Files.createDirectories(files.video().getParent());
            if (!Files.isRegularFile(files.video())) {
                acquire(budget);
                try {
                    client.downloadContent(videoId, ContentVariant.VIDEO, files.video());
                } finally {
                    budget.release();
                }
            }
            boolean thumbnail = Files.isRegularFile(files.thumbnail()) || downloadThumbnail(client, budget, videoId, files);
            finish(job, generation, files, thumbnail);
        } catch (InvalidRequestException e) {
            failIfCurrent(job, generation, e.isNotFound()
                    ? "the server has no clip for video " + videoId + " (deleted or expired)"
                    : "the server refused the download: " + e.getMessage(), e);
        } catch (ApiException | IOException | UncheckedIOException e) {
            retryDownloadLater(job, generation, e);
        } catch (IllegalArgumentException e) {
            failIfCurrent(job, generation, e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The thumbnail is a courtesy: a server without one does not fail the job. */
    private boolean downloadThumbnail(VideoApiClient client, RequestBudget budget, String videoId, ClipFiles files)
            throws InterruptedException {
        acquire(budget);
        try {
            client.downloadContent(videoId, ContentVariant.THUMBNAIL, files.thumbnail());
            return true;
        } catch (InvalidRequestException e) {
            LOG.log(Level.INFO, "No thumbnail for {0}: {1}", new Object[]{videoId, e.getMessage()});
            return false;
        } finally {
            budget.release();
        }
    }

    private void finish(JobRecord job, int generation, ClipFiles files, boolean thumbnail) throws IOException {
        JsonObject sidecar;
        Transition done;
        synchronized (lock) {
            if (!current(job, generation)) {
                if (job.state == JobState.CANCELLED) {
                    files.deleteAll();
                }
                return;
            }
            done = new Transition(Instant.now(), JobState.COMPLETED, "downloaded " + files.video().getFileName());
            sidecar = ClipFiles.sidecar(job, files, thumbnail, done);
        }
        files.writeSidecar(sidecar);
        files.deleteLeftoverParts();
        long version;
        synchronized (lock) {
            if (!current(job, generation)) {
                files.deleteAll();
                return;
            }
            job.videoFile = files.video();
            job.sidecarFile = files.sidecar();
            job.state = JobState.COMPLETED;
            job.transitions.add(done);
            job.statusText = done.reason();
            version = changed(job, true);
        }
        awaitDurableQuietly(version);
    }

    private void retryDownloadLater(JobRecord job, int generation, Exception e) {
        synchronized (lock) {
            if (!current(job, generation)) {
                return;
            }
            job.transientFailures++;
            if (e instanceof ApiException api) {
                job.addRequestId(api.requestId().orElse(null));
            }
            if (job.transientFailures >= MAX_DOWNLOAD_FAILURES) {
                fail(job, "download failed " + job.transientFailures + " times: " + e.getMessage());
                return;
            }
            Duration wait = backoff(job.transientFailures);
            job.statusText = "download interrupted (" + e.getMessage() + "); trying again in " + seconds(wait);
            changed(job, false);
            schedule(job, wait, () -> executeDownload(() -> download(job, generation, 0)));
        }
    }

    // ------------------------------------------------------------------ delete, fail

    /** Best effort: the API deletes only finished videos, so an unfinished one stays on the server. */
    private void deleteRemote(JobRecord job, String videoId) {
        String profile = job.spec.profile();
        execute(() -> {
            RequestBudget budget = budget(profile);
            String outcome;
            try {
                acquire(budget);
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

    private void failIfCurrent(JobRecord job, int generation, String reason, ApiException cause) {
        synchronized (lock) {
            if (current(job, generation)) {
                if (cause != null) {
                    job.addRequestId(cause.requestId().orElse(null));
                }
                fail(job, reason);
            }
        }
    }

    private void fail(JobRecord job, String reason) {
        stopWork(job);
        job.moveTo(JobState.FAILED, reason);
        changed(job, true);
    }

    // ------------------------------------------------------------------ clients and budgets

    private RequestBudget budget(String profile) {
        return budgets.computeIfAbsent(profile, p -> new RequestBudget(System::nanoTime));
    }

    /** The profile's client, watched for rate-limit headers from its first request on. */
    private VideoApiClient client(String profile) {
        VideoApiClient client = clients.clientFor(profile);
        synchronized (watchedClients) {
            if (watchedClients.add(client)) {
                client.addRateLimitListener(budget(profile));
            }
        }
        return client;
    }

    private static void acquire(RequestBudget budget) throws InterruptedException {
        long wait;
        while ((wait = budget.tryAcquire(0)) > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    // ------------------------------------------------------------------ publishing

    /** Publishes the job and the stats, wakes {@link #awaitIdle}, lets the pump run; under the lock. */
    private long changed(JobRecord job, boolean persist) {
        long version = persist ? journal.markDirty() : 0;
        Job snapshot = snapshot(job, System.currentTimeMillis());
        events.publish(listener -> listener.jobChanged(snapshot));
        publishStats();
        lock.notifyAll();
        pump();
        return version;
    }

    private void publishOrder() {
        List<String> order = jobs.stream().map(job -> job.id).toList();
        events.publish(listener -> listener.orderChanged(order));
    }

    private void publishStats() {
        QueueStats stats = computeStats();
        events.publish(listener -> listener.statsChanged(stats));
    }

    private void setPaused(boolean value, String reason) {
        if (value && !reason.isEmpty()) {
            LOG.log(Level.WARNING, "Queue paused: {0}", reason);
        }
        paused = value;
        pauseReason = reason;
        journal.markDirty();
        publishStats();
    }

    private void awaitDurableQuietly(long version) {
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

    private JsonObject journalJson() {
        JsonObject json = new JsonObject();
        json.addProperty("format", JOURNAL_FORMAT);
        json.addProperty("paused", paused);
        json.addProperty("pauseReason", pauseReason);
        JsonArray array = new JsonArray();
        jobs.forEach(job -> array.add(JobCodec.job(job)));
        json.add("jobs", array);
        return json;
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
            }
        }
        Duration eta = unknown ? null : Duration.ofMillis(longestRunning);
        if (eta != null && queued > 0) {
            Duration each = jobs.stream().filter(job -> job.state == JobState.QUEUED).findFirst()
                    .map(job -> renderTimes.expected(job.spec.profile(), job.kind())).orElse(null);
            int rounds = (queued + options.parallelJobs() - 1) / options.parallelJobs();
            eta = each == null ? null : eta.plus(each.multipliedBy(rounds));
        }
        long requests = budgets.values().stream().mapToLong(RequestBudget::requests).sum();
        long limited = budgets.values().stream().mapToLong(RequestBudget::rateLimited).sum();
        return new QueueStats(jobs.size(), queued, running, downloading, completed, failed, cancelled, paused,
                pauseReason, eta, requests, limited);
    }

    /** Estimated time until the job finishes on the server (negative when overdue), or null if unknown. */
    private Long remainingMillis(JobRecord job, long now) {
        if (job.lastProgressAt > job.firstProgressAt) {
            Long fromProgress = PollPlanner.remainingFromProgress(job.firstProgressAt, job.firstProgress,
                    job.lastProgressAt, job.lastProgress, now);
            if (fromProgress != null) {
                return fromProgress;
            }
        }
        Duration expected = renderTimes.expected(job.spec.profile(), job.kind());
        if (expected == null || job.submittedAt == null) {
            return null;
        }
        return job.submittedAt.toEpochMilli() + expected.toMillis() - now;
    }

    private static long elapsedMillis(JobRecord job, long now) {
        return job.submittedAt == null ? 0 : now - job.submittedAt.toEpochMilli();
    }

    // ------------------------------------------------------------------ small helpers

    private static Duration backoff(int failures) {
        Duration wait = Duration.ofMillis(500L << Math.min(10, Math.max(0, failures - 1)));
        return wait.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : wait;
    }

    private static int secondsOf(String seconds) {
        try {
            return seconds == null ? 0 : (int) Double.parseDouble(seconds);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 1 && duration.toSecondsPart() == 0 ? minutes + " min" : seconds(duration);
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static long left(long deadline) {
        return Math.max(1, deadline - System.nanoTime());
    }
}
