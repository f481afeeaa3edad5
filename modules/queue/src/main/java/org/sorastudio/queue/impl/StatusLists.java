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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.InvalidRequestException;
import org.sorastudio.openai.SortOrder;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoListQuery;
import org.sorastudio.openai.VideoPage;
import org.sorastudio.openai.VideoResponse;
import org.sorastudio.queue.api.JobState;

/**
 * Shares one {@code GET /videos?limit=100} (newest first) among a profile's running jobs: when two or more of
 * them are followed, a job whose status check is due asks for the list instead of its own {@code GET /videos/{id}},
 * and every running job found in the page takes in its state and plans its next check from it. A job not in the
 * page (older than the hundred newest videos) is checked on its own; a server that cannot list (a gateway without
 * the endpoint, an error) is asked job by job. Lists of a profile are at least {@link #MIN_INTERVAL} (or the profile's
 * own polling interval, when longer) apart and never overlap. Works on the {@link JobStore} under its lock.
 */
final class StatusLists {

    /** Fewer running jobs than this are cheaper to check one by one. */
    static final int MIN_JOBS = 2;
    static final Duration MIN_INTERVAL = Duration.ofMillis(400);
    /** After a failed list the profile's jobs are checked one by one for this long. */
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(60);

    private final JobStore store;
    private final QueueWork work;
    private final Steps steps;
    private final Map<String, ProfileList> lists = new HashMap<>();

    /** One profile's shared list; guarded by the store's lock. */
    private static final class ProfileList {
        final Map<JobRecord, Integer> waiting = new HashMap<>();
        boolean inFlight;
        long lastSentAt;
        long unsupportedUntil;
        ScheduledFuture<?> next;
    }

    StatusLists(JobStore store, QueueWork work, Steps steps) {
        this.store = store;
        this.work = work;
        this.steps = steps;
    }

    /**
     * Takes the due status check of {@code job} into its profile's next shared list, if sharing pays; under the lock.
     *
     * @return false when the job should be checked on its own
     */
    boolean join(JobRecord job, int generation) {
        String profile = job.spec.profile();
        ProfileList list = lists.computeIfAbsent(profile, p -> new ProfileList());
        long now = System.currentTimeMillis();
        if (now < list.unsupportedUntil || !running(profile, MIN_JOBS)) {
            return false;
        }
        list.waiting.put(job, generation);
        if (!list.inFlight) {
            sendWhenDue(profile, list, now);
        }
        return true;
    }

    /** Whether at least {@code wanted} of the profile's jobs are running on the server; stops counting there. */
    private boolean running(String profile, int wanted) {
        if (store.count(JobState.IN_PROGRESS) < wanted) {
            return false;
        }
        int count = 0;
        for (JobRecord job : store.jobs()) {
            if (job.state == JobState.IN_PROGRESS && job.videoId != null && job.spec.profile().equals(profile) && ++count >= wanted) {
                return true;
            }
        }
        return false;
    }

    private void sendWhenDue(String profile, ProfileList list, long now) {
        if (list.next != null && !list.next.isDone()) {
            return;
        }
        Duration profileInterval = store.options().pollIntervalFor(profile);
        long wait = list.lastSentAt + Math.max(MIN_INTERVAL.toMillis(), profileInterval.toMillis()) - now;
        if (wait > 0) {
            list.next = work.schedule(Duration.ofMillis(wait), () -> sendNow(profile));
            return;
        }
        RequestBudget budget = work.budget(profile);
        long budgetWait = budget.tryAcquire(0);
        if (budgetWait > 0) {
            list.next = work.schedule(Duration.ofNanos(budgetWait), () -> sendNow(profile));
            return;
        }
        list.inFlight = true;
        list.lastSentAt = now;
        work.execute(() -> {
            try {
                fetch(profile);
            } finally {
                budget.release();
            }
        });
    }

    private void sendNow(String profile) {
        synchronized (store.lock()) {
            ProfileList list = lists.get(profile);
            if (list == null || list.inFlight || store.stopped()) {
                return;
            }
            list.next = null;
            if (list.waiting.isEmpty()) {
                return;
            }
            sendWhenDue(profile, list, System.currentTimeMillis());
        }
    }

    private void fetch(String profile) {
        VideoPage page = null;
        ApiException failure = null;
        try {
            page = work.client(profile).list(new VideoListQuery(VideoListQuery.MAX_LIMIT, SortOrder.DESC, null));
        } catch (ApiException e) {
            failure = e;
        } catch (IllegalArgumentException e) {
            failure = null;
        }
        synchronized (store.lock()) {
            ProfileList list = lists.get(profile);
            list.inFlight = false;
            Map<JobRecord, Integer> waiting = new HashMap<>(list.waiting);
            list.waiting.clear();
            if (page == null) {
                boolean absent = failure instanceof InvalidRequestException invalid && invalid.isNotFound();
                list.unsupportedUntil = absent ? Long.MAX_VALUE : System.currentTimeMillis() + AFTER_FAILURE.toMillis();
                waiting.forEach(this::checkAlone);
                return;
            }
            String requestId = null;
            Map<String, Video> byId = new HashMap<>();
            for (Video video : page.data()) {
                byId.put(video.id(), video);
            }
            for (JobRecord job : List.copyOf(store.jobs())) {
                Video video = job.videoId == null ? null : byId.get(job.videoId);
                if (video == null || job.state != JobState.IN_PROGRESS || !job.spec.profile().equals(profile)
                        || !store.current(job, job.generation)) {
                    continue;
                }
                waiting.remove(job);
                steps.tracking.apply(job, new VideoResponse(video, null, requestId));
            }
            // not among the newest videos: checked on their own
            waiting.forEach(this::checkAlone);
            if (!list.waiting.isEmpty()) {
                sendWhenDue(profile, list, System.currentTimeMillis());
            }
        }
    }

    private void checkAlone(JobRecord job, int generation) {
        if (store.current(job, generation) && job.state == JobState.IN_PROGRESS) {
            steps.tracking.schedulePoll(job, Duration.ZERO, false);
        }
    }
}
