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
import org.sorastudio.core.model.Failure;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.AuthenticationException;
import org.sorastudio.openai.InvalidRequestException;
import org.sorastudio.openai.RateLimitException;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoResponse;
import org.sorastudio.openai.VideoStatus;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;

/**
 * Follows jobs on the server: schedules each status check with the {@link PollPlanner}, takes in
 * the answers (progress, completion, failure), fails jobs past their maximum wait, and notices
 * jobs stuck at 99 %.
 * Works on the {@link JobStore} under its lock.
 */
final class Tracking {

    static final Duration FIRST_PROBE_WAIT = Duration.ofSeconds(1);

    private final JobStore store;
    private final QueueWork work;
    private final Steps steps;

    Tracking(JobStore store, QueueWork work, Steps steps) {
        this.store = store;
        this.work = work;
        this.steps = steps;
    }

    void schedulePoll(JobRecord job, Duration delay) {
        schedulePoll(job, delay, true);
    }

    /**
     * A planned check waits at least the shortest interval the job's profile asks for (its tuning's polling, for a
     * gateway that counts every request); a check asked for at once (a resumed or reconciled job) is not held back.
     *
     * @param shared the check may be answered by the profile's shared video list ({@link StatusLists})
     */
    void schedulePoll(JobRecord job, Duration delay, boolean shared) {
        int generation = job.generation;
        Duration floor = store.options().pollIntervalFor(job.spec.profile());
        Duration paced = delay.isZero() || delay.compareTo(floor) >= 0 ? delay : floor;
        work.schedule(job, paced, () -> pollWhenPermitted(job, generation, shared));
    }

    void pollWhenPermitted(JobRecord job, int generation, boolean shared) {
        RequestBudget budget;
        synchronized (store.lock()) {
            if (!store.current(job, generation) || job.state != JobState.IN_PROGRESS) {
                return;
            }
            if (shared && steps.statusLists.join(job, generation)) {
                return;
            }
            budget = work.budget(job.spec.profile());
            long wait = budget.tryAcquire(0);
            if (wait > 0) {
                work.schedule(job, Duration.ofNanos(wait), () -> pollWhenPermitted(job, generation, shared));
                return;
            }
        }
        work.execute(() -> {
            try {
                poll(job, generation);
            } finally {
                budget.release();
            }
        });
    }

    void poll(JobRecord job, int generation) {
        String videoId;
        synchronized (store.lock()) {
            if (!store.current(job, generation)) {
                return;
            }
            videoId = job.videoId;
        }
        VideoResponse response;
        try {
            response = work.client(job.spec.profile()).retrieve(videoId);
        } catch (InvalidRequestException e) {
            if (e.isNotFound()) {
                store.failIfCurrent(job, generation,
                        JobFailures.fromApi("the server no longer knows video " + videoId + " (deleted or expired)", e));
            } else {
                retryPollLater(job, generation, e);
            }
            return;
        } catch (ApiException e) {
            retryPollLater(job, generation, e);
            return;
        } catch (IllegalArgumentException e) {
            store.failIfCurrent(job, generation, Failure.of(Failure.Kind.SETUP, e.getMessage()));
            return;
        }
        synchronized (store.lock()) {
            // a shared list may have taken the job on meanwhile
            if (store.current(job, generation) && job.state == JobState.IN_PROGRESS) {
                apply(job, response);
            }
        }
    }

    void retryPollLater(JobRecord job, int generation, ApiException e) {
        synchronized (store.lock()) {
            if (!store.current(job, generation)) {
                return;
            }
            job.transientFailures++;
            Duration wait = e instanceof RateLimitException limited && limited.retryAfter().isPresent()
                    ? limited.retryAfter().get() : Waits.backoff(job.transientFailures);
            if (e instanceof AuthenticationException) {
                store.pause("Profile " + job.spec.profile() + ": the server refused the API key (" + e.getMessage() + ")");
            }
            job.statusText = "status check failed (" + e.getMessage() + "); trying again in " + Waits.seconds(wait);
            store.changed(job, false);
            if (!failIfOverdue(job)) {
                schedulePoll(job, wait);
            }
        }
    }

    /** Takes in what the server said about the job's video; under the store's lock. */
    void apply(JobRecord job, VideoResponse response) {
        Video video = response.video();
        long now = System.currentTimeMillis();
        job.recordResponse(JobCodec.video(video), response.requestId(), Instant.now());
        job.transientFailures = 0;
        if (job.createdAt == null) {
            job.createdAt = video.createdAt();
        }
        if (job.spec.prompt().isEmpty()) {
            job.spec = new JobSpec(job.spec.shotId(), video.prompt() == null ? "" : video.prompt(), video.model(),
                    video.size(), Waits.secondsOf(video.seconds()), null, job.spec.profile(), null, job.spec.outputName());
        }
        job.progress = Math.max(0, Math.min(100, video.progress()));
        if (video.status().isCompleted()) {
            job.addRequestId(response.requestId());
            job.progress = 100;
            steps.downloads.beginDownload(job, "finished on the server");
            return;
        }
        if (video.status().isFailed()) {
            job.addRequestId(response.requestId());
            store.fail(job, JobFailures.fromVideo(video));
            return;
        }
        // a shared list carries no hint: the last one given still stands
        response.pollAfterHint().ifPresent(hint -> job.pollHint = hint);
        job.lastPendingAt = now;
        recordProgress(job, now);
        job.statusText = video.status().equals(VideoStatus.QUEUED)
                ? "queued on the server" : "rendering, " + job.progress + "%";
        if (failIfOverdue(job)) {
            return;
        }
        if (isStuckAt99(job, now)) {
            beginProbe(job, now);
        } else {
            schedulePoll(job, PollPlanner.nextDelay(Waits.elapsedMillis(job, now), store.remainingMillis(job, now), job.pollHint));
        }
        store.changed(job, false);
    }

    void recordProgress(JobRecord job, long now) {
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

    /** Fails the job if it has waited longer than the maximum; under the store's lock. */
    boolean failIfOverdue(JobRecord job) {
        if (job.submittedAt == null || !Instant.now().isAfter(job.submittedAt.plus(store.options().maxWait()))) {
            return false;
        }
        store.fail(job, Failure.of(Failure.Kind.TIMEOUT, "not finished after " + Waits.describe(store.options().maxWait())
                + " (video " + job.videoId + ", request ids " + String.join(", ", job.requestIds) + ")"));
        return true;
    }

    boolean isStuckAt99(JobRecord job, long now) {
        if (job.progress < 99) {
            job.at99Since = 0;
            return false;
        }
        if (job.at99Since == 0) {
            job.at99Since = now;
        }
        Duration wait = job.nextProbeWait;
        if (wait == null) {
            Duration expected = store.renderTimes().expected(job.spec);
            long reached = job.submittedAt == null ? 0 : job.at99Since - job.submittedAt.toEpochMilli();
            wait = Duration.ofMillis(Math.max(FIRST_PROBE_WAIT.toMillis(), expected == null ? reached : expected.toMillis()));
        }
        return now - job.at99Since >= wait.toMillis();
    }

    /** The job sits at 99 % longer than it should: the clip may be there already, so try downloading it. */
    void beginProbe(JobRecord job, long now) {
        steps.downloads.assignOutput(job);
        job.statusText = "stuck at 99% for " + Waits.seconds(Duration.ofMillis(now - job.at99Since)) + "; trying the download";
        long version = store.changed(job, true);
        int generation = job.generation;
        work.schedule(job, Duration.ZERO, () -> work.executeDownload(() -> steps.downloads.probe(job, generation, version)));
    }
}
