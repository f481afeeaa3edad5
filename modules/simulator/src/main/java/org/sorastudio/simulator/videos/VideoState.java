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

/**
 * A job's state at one instant.
 *
 * @param status      lifecycle state
 * @param progress    0..100
 * @param completedAt unix seconds, or null while not completed
 * @param expiresAt   unix seconds when the assets expire, or null
 * @param failure     why it failed, or null
 */
public record VideoState(VideoStatus status, int progress, Long completedAt, Long expiresAt, JobOutcome failure) {

    static VideoState waiting(VideoStatus status, int progress) {
        return new VideoState(status, progress, null, null, null);
    }

    static VideoState stuck() {
        return new VideoState(VideoStatus.IN_PROGRESS, 99, null, null, null);
    }

    static VideoState failed(int progress, JobOutcome outcome) {
        return new VideoState(VideoStatus.FAILED, progress, null, null, outcome);
    }

    static VideoState completed(long completedAt, long expiresAt) {
        return new VideoState(VideoStatus.COMPLETED, 100, completedAt, expiresAt, null);
    }
}
