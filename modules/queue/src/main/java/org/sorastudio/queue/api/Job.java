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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sorastudio.core.model.Failure;

/**
 * An immutable view of one job at one moment, as published to listeners.
 *
 * @param id          the queue's own id of the job (stable across restarts)
 * @param spec        what is generated
 * @param state       current state
 * @param progress    the server's progress 0..100
 * @param videoId     the server's video id, or {@code null} before the create was answered
 * @param requestIds  {@code x-request-id}s of the job's requests that matter (create, failures, final status)
 * @param transitions every state change, oldest first
 * @param statusText  the latest thing worth telling the user, in words
 * @param eta         expected time left until the clip is downloaded, or {@code null} if unknown
 * @param videoFile   the downloaded clip once completed, else {@code null}
 * @param sidecarFile the JSON sidecar once completed, else {@code null}
 * @param failure     why the job failed, while it is FAILED; else {@code null}
 */
public record Job(String id, JobSpec spec, JobState state, int progress, String videoId, List<String> requestIds,
        List<Transition> transitions, String statusText, Duration eta, Path videoFile, Path sidecarFile,
        Failure failure) {

    public Job {
        requestIds = List.copyOf(requestIds);
        transitions = List.copyOf(transitions);
    }

    /** When the job last changed state. */
    public Instant lastTransitionAt() {
        return transitions.isEmpty() ? Instant.EPOCH : transitions.get(transitions.size() - 1).at();
    }

    /** Why the job failed, while it is {@link JobState#FAILED}. */
    public Optional<Failure> failed() {
        return Optional.ofNullable(failure);
    }

    public Optional<String> video() {
        return Optional.ofNullable(videoId);
    }

    /** The id a user would quote: the video id once known, else the latest request id, else the queue's id. */
    public String displayId() {
        if (videoId != null) {
            return videoId;
        }
        return requestIds.isEmpty() ? id : requestIds.get(requestIds.size() - 1);
    }
}
