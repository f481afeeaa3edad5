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
package org.sorastudio.queue.api;

import java.time.Duration;

/**
 * Counts over the whole queue, published after every change.
 *
 * @param total          jobs in the queue
 * @param queued         waiting to be submitted
 * @param running        submitting or in progress on the server
 * @param downloading    being downloaded
 * @param completed      done, with clip and sidecar
 * @param failed         failed (server failure, moderation, timeout, refused request)
 * @param cancelled      cancelled by the user
 * @param unconfirmed    creates the server may have received but could not confirm; waiting for the user
 * @param paused         whether new submissions are held back
 * @param pauseReason    why the queue paused itself (e.g. quota exhausted), or empty
 * @param eta            expected time until every unfinished job is downloaded, or {@code null}
 * @param requests       API requests the queue made
 * @param rateLimited    answers with status 429 seen
 */
public record QueueStats(int total, int queued, int running, int downloading, int completed, int failed,
        int cancelled, int unconfirmed, boolean paused, String pauseReason, Duration eta, long requests, long rateLimited) {

    public int finished() {
        return completed + failed + cancelled + unconfirmed;
    }

    /** Jobs that still need work (and possibly the network). */
    public int unfinished() {
        return total - finished();
    }
}
