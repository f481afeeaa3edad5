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

/** Where a job is in its life. */
public enum JobState {
    /** Waiting for a free slot; nothing sent yet. */
    QUEUED,
    /** The create request is being sent, or its outcome is being reconciled with the server. */
    SUBMITTING,
    /** The server has the job (queued or rendering there); it is being polled. */
    IN_PROGRESS,
    /** The clip is finished on the server and being downloaded. */
    DOWNLOADING,
    COMPLETED,
    FAILED,
    CANCELLED,
    /**
     * A create may have reached the server (it answered a 5xx, or the connection dropped after sending), and
     * its video list could not confirm it before the maximum wait: the job is not sent again on its own. The
     * user checks again ({@link RenderQueue#checkAgain}) or sends it again, accepting that it may be charged
     * twice ({@link RenderQueue#sendAgain}). A queue opened later checks such jobs again once.
     */
    UNCONFIRMED;

    /** Nothing more happens to the job unless the user acts on it. */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED || this == UNCONFIRMED;
    }

    /** Occupies one of the parallel-job slots (the server is working on it, or may be). */
    public boolean holdsSlot() {
        return this == SUBMITTING || this == IN_PROGRESS;
    }
}
