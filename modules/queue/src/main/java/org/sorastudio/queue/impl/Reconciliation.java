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
import org.sorastudio.queue.api.QueueOptions;

/**
 * Settles creates whose outcome is unknown (a crash while submitting, a dropped connection, a 5xx):
 * reads the server's video list back to the oldest such create and adopts the matching videos;
 * jobs without one are queued to be sent again. A list that cannot be read is read again with a
 * jittered, growing backoff until the job's deadline (its maximum wait after the create); then the
 * job ends {@link JobState#UNCONFIRMED} and is never sent again on its own.
 * Works on the {@link JobStore} under its lock.
 */
final class Reconciliation {

    /** How long a create whose outcome is unknown may still be landing on the server before its video list is read. */
    static final Duration RECONCILE_SETTLE = Duration.ofSeconds(2);
    /** How long a "check again" (by the user, or when a queue is opened) may keep reading the list. */
    private static final Duration CHECK_AGAIN_WINDOW = Duration.ofSeconds(20);
    private static final int LIST_PAGE = VideoListQuery.MAX_LIMIT;
    private static final int MAX_LISTED_VIDEOS = 5000;

    private final JobStore store;
    private final QueueWork work;
    private final Steps steps;

    Reconciliation(JobStore store, QueueWork work, Steps steps) {
        this.store = store;
        this.work = work;
        this.steps = steps;
    }

    /** Starts settling a create of unknown outcome: look after {@code delay}, give up at {@code until}. */
    void beginReconcile(JobRecord job, Instant until, Duration delay) {
        job.outcomeUnknown = true;
        job.reconcileUntil = until;
        job.reconcileFailures = 0;
        job.reconcileProblem = null;
        scheduleReconcile(job, delay);
    }

    /** An unconfirmed job looks at the server's list once more, for a short while; under the store's lock. */
    void checkAgain(JobRecord job, String reason) {
        store.stopWork(job);
        job.moveTo(JobState.SUBMITTING, reason);
        Instant now = Instant.now();
        Duration settling = job.submittedAt == null ? Duration.ZERO
                : Waits.positive(Duration.between(now, job.submittedAt.plus(RECONCILE_SETTLE)));
        beginReconcile(job, now.plus(settling).plus(checkWindow(store.options())), settling);
    }

    /** The time a check again may take: a short window, never more than the maximum wait. */
    static Duration checkWindow(QueueOptions options) {
        return options.maxWait().compareTo(CHECK_AGAIN_WINDOW) < 0 ? options.maxWait() : CHECK_AGAIN_WINDOW;
    }

    /** Gives up on confirming the create: the user decides; under the store's lock. */
    void unconfirmed(JobRecord job, String why) {
        store.stopWork(job);
        job.reconcileUntil = null;
        String ids = job.requestIds.isEmpty() ? "none" : String.join(", ", job.requestIds);
        job.moveTo(JobState.UNCONFIRMED, "unconfirmed: the server may have received the create, but its video list "
                + "could not confirm it (" + why + "); not sent again on its own (request ids " + ids + ")");
        store.changed(job, true);
    }

    void scheduleReconcile(JobRecord job, Duration delay) {
        String profile = job.spec.profile();
        work.schedule(job, delay, () -> work.execute(() -> reconcile(profile)));
    }

    /**
     * Resolves every job of {@code profile} whose create may have reached the server: adopts its
     * video if the server's list has one that matches, else queues it to be sent again.
     */
    void reconcile(String profile) {
        List<JobRecord> unresolved = new ArrayList<>();
        List<Reconciler.Unresolved> wanted = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        synchronized (store.lock()) {
            Instant settled = Instant.now().minus(RECONCILE_SETTLE);
            List<JobSpec> sending = store.jobs().stream()
                    .filter(job -> job.state == JobState.SUBMITTING && !job.outcomeUnknown && job.videoId == null)
                    .map(job -> job.spec).toList();
            for (JobRecord job : store.jobs()) {
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
            synchronized (store.lock()) {
                Instant now = Instant.now();
                for (JobRecord job : unresolved) {
                    if (job.reconciling) {
                        job.reconciling = false;
                        job.addRequestId(e instanceof ApiException api ? api.requestId().orElse(null) : null);
                        listFailed(job, e.getMessage(), now);
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
        synchronized (store.lock()) {
            for (JobRecord job : unresolved) {
                Video video = matches.get(job.id);
                // a job that ran out of time while the list was being read still takes its video
                boolean lateFind = job.state == JobState.UNCONFIRMED && job.videoId == null && video != null;
                if (!lateFind && (!job.reconciling || job.state != JobState.SUBMITTING)) {
                    continue;
                }
                job.reconciling = false;
                job.outcomeUnknown = false;
                job.reconcileUntil = null;
                if (video == null) {
                    store.requeue(job, "the server has no video for the interrupted create; sending it again");
                } else {
                    store.stopWork(job);
                    job.videoId = video.id();
                    job.createdAt = video.createdAt();
                    job.moveTo(JobState.IN_PROGRESS, "found on the server as " + video.id() + " after an interrupted create");
                    store.changed(job, true);
                    steps.tracking.apply(job, new VideoResponse(video, null, null));
                }
                version = store.markDirty();
            }
        }
        store.awaitDurableQuietly(version);
    }

    /** Reads the list again after a jittered backoff, or ends the job unconfirmed at its deadline. */
    private void listFailed(JobRecord job, String problem, Instant now) {
        job.reconcileFailures++;
        job.reconcileProblem = problem;
        if (job.reconcileUntil == null || !now.isBefore(job.reconcileUntil)) {
            unconfirmed(job, "cannot read the server's video list: " + problem);
            return;
        }
        Duration wait = Waits.jitteredBackoff(job.reconcileFailures);
        Duration left = Duration.between(now, job.reconcileUntil);
        wait = wait.compareTo(left) > 0 ? left : wait;
        job.statusText = "cannot read the server's video list (" + problem + "); reading it again in " + Waits.seconds(wait)
                + ", until " + Waits.seconds(left) + " from now";
        store.changed(job, false);
        scheduleReconcile(job, wait);
    }

    List<Video> listBackTo(String profile, Instant oldest) throws InterruptedException {
        VideoApiClient client = work.client(profile);
        RequestBudget budget = work.budget(profile);
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
