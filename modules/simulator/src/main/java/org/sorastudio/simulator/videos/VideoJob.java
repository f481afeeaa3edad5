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
package org.sorastudio.simulator.videos;

import java.util.concurrent.TimeUnit;

/**
 * One accepted job. Its whole timeline is fixed when it is accepted, so its state at any instant is
 * a pure function of the clock: no timer threads, and concurrent readers always agree.
 *
 * @param id            {@code video_...}
 * @param sequence      acceptance order, the list order's tie breaker
 * @param spec          what to render
 * @param remixedFromId the source video of a remix, or null
 * @param createdAt     epoch millis when it was accepted
 * @param startsAt      epoch millis when rendering starts (it is {@code queued} before)
 * @param renderMillis  how long a full render takes; progress is measured against it
 * @param endsAt        epoch millis when it completes or fails (a failure ends it early)
 * @param outcome       how it ends
 */
public record VideoJob(String id, long sequence, VideoSpec spec, String remixedFromId, long createdAt,
                       long startsAt, long renderMillis, long endsAt, JobOutcome outcome) {

    /** How long rendered assets stay downloadable after completion, as OpenAI documents it. */
    static final long ASSET_LIFETIME_SECONDS = TimeUnit.HOURS.toSeconds(1);

    /**
     * The job as a client sees it at {@code now}.
     *
     * @param stickAt99 report a finished successful job as {@code in_progress} at 99 %
     */
    public VideoState stateAt(long now, boolean stickAt99) {
        if (now < startsAt) {
            return VideoState.waiting(VideoStatus.QUEUED, 0);
        }
        if (now < endsAt) {
            return VideoState.waiting(VideoStatus.IN_PROGRESS, progressAt(now));
        }
        if (outcome != JobOutcome.SUCCEEDS) {
            return VideoState.failed(progressAt(endsAt), outcome);
        }
        if (stickAt99) {
            return VideoState.stuck();
        }
        long completedAt = TimeUnit.MILLISECONDS.toSeconds(endsAt);
        return VideoState.completed(completedAt, completedAt + ASSET_LIFETIME_SECONDS);
    }

    /** Whether the rendered content can be downloaded at {@code now}. */
    public boolean contentReadyAt(long now) {
        return outcome == JobOutcome.SUCCEEDS && now >= endsAt;
    }

    public long createdAtSeconds() {
        return TimeUnit.MILLISECONDS.toSeconds(createdAt);
    }

    private int progressAt(long instant) {
        if (renderMillis <= 0) {
            return 0;
        }
        return (int) Math.min(99, (instant - startsAt) * 100 / renderMillis);
    }
}
