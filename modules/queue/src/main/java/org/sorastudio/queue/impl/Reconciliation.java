package org.sorastudio.queue.impl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.SortOrder;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.VideoListQuery;
import org.sorastudio.openai.VideoPage;
import org.sorastudio.openai.VideoResponse;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;

/**
 * Settles creates whose outcome is unknown (a crash while submitting, a dropped connection, a 5xx):
 * reads the server's video list back to the oldest such create and adopts the matching videos;
 * jobs without one are queued to be sent again.
 * Works on the {@link QueueEngine}'s state under its lock.
 */
final class Reconciliation {

    /** How long a create whose outcome is unknown may still be landing on the server before its video list is read. */
    static final Duration RECONCILE_SETTLE = Duration.ofSeconds(2);
    private static final Duration RECONCILE_RETRY = Duration.ofSeconds(5);
    private static final int LIST_PAGE = VideoListQuery.MAX_LIMIT;
    private static final int MAX_LISTED_VIDEOS = 5000;

    private final QueueEngine engine;

    Reconciliation(QueueEngine engine) {
        this.engine = engine;
    }

    void scheduleReconcile(JobRecord job, Duration delay) {
        String profile = job.spec.profile();
        engine.schedule(job, delay, () -> engine.execute(() -> reconcile(profile)));
    }

    /**
     * Resolves every job of {@code profile} whose create may have reached the server: adopts its
     * video if the server's list has one that matches, else queues it to be sent again.
     */
    void reconcile(String profile) {
        List<JobRecord> unresolved = new ArrayList<>();
        List<Reconciler.Unresolved> wanted = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        synchronized (engine.lock) {
            Instant settled = Instant.now().minus(RECONCILE_SETTLE);
            List<JobSpec> sending = engine.jobs.stream()
                    .filter(job -> job.state == JobState.SUBMITTING && !job.outcomeUnknown && job.videoId == null)
                    .map(job -> job.spec).toList();
            for (JobRecord job : engine.jobs) {
                if (job.videoId != null) {
                    claimed.add(job.videoId);
                } else if (job.state == JobState.SUBMITTING && job.outcomeUnknown && !job.reconciling
                        && profile.equals(job.spec.profile()) && !job.submittedAt.isAfter(settled)) {
                    if (sending.stream().anyMatch(other -> Reconciler.sameRequest(other, job.spec))) {
                        // an identical create is on its way: its video must not be mistaken for this job's
                        scheduleReconcile(job, RECONCILE_SETTLE);
                        continue;
                    }
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
            synchronized (engine.lock) {
                for (JobRecord job : unresolved) {
                    if (job.reconciling) {
                        job.reconciling = false;
                        job.statusText = "cannot read the server's video list (" + e.getMessage() + "); trying again";
                        engine.changed(job, false);
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
        synchronized (engine.lock) {
            for (JobRecord job : unresolved) {
                if (!job.reconciling || job.state != JobState.SUBMITTING) {
                    continue;
                }
                job.reconciling = false;
                job.outcomeUnknown = false;
                Video video = matches.get(job.id);
                if (video == null) {
                    engine.requeue(job, "the server has no video for the interrupted create; sending it again");
                } else {
                    job.videoId = video.id();
                    job.createdAt = video.createdAt();
                    job.moveTo(JobState.IN_PROGRESS, "found on the server as " + video.id() + " after an interrupted create");
                    engine.changed(job, true);
                    engine.tracking.apply(job, new VideoResponse(video, null, null));
                }
                version = engine.journal.markDirty();
            }
        }
        engine.awaitDurableQuietly(version);
    }

    List<Video> listBackTo(String profile, Instant oldest) throws InterruptedException {
        VideoApiClient client = engine.client(profile);
        RequestBudget budget = engine.budget(profile);
        List<Video> videos = new ArrayList<>();
        String after = null;
        while (true) {
            budget.acquire();
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
}
