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
package org.sorastudio.openai;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A video job's status as the server spelled it. Not an enum: compatible servers send values the
 * API does not list (e.g. {@code processing}); any status not known to be terminal counts as still
 * in progress, so the caller keeps polling.
 */
public record VideoStatus(String value) {

    public static final VideoStatus QUEUED = new VideoStatus("queued");
    public static final VideoStatus IN_PROGRESS = new VideoStatus("in_progress");
    public static final VideoStatus COMPLETED = new VideoStatus("completed");
    public static final VideoStatus FAILED = new VideoStatus("failed");

    /** Terminal statuses besides completed/failed that gateways are known to send. */
    private static final Set<String> OTHER_TERMINAL = Set.of("cancelled", "canceled", "expired");

    public VideoStatus {
        Objects.requireNonNull(value, "value");
        value = value.trim().toLowerCase(Locale.ROOT);
    }

    public static VideoStatus of(String value) {
        return new VideoStatus(value);
    }

    /** Completed, failed, or another status after which the job never changes again. */
    public boolean isTerminal() {
        return isCompleted() || isFailed();
    }

    public boolean isCompleted() {
        return value.equals(COMPLETED.value);
    }

    /** Failed, or ended without a video (cancelled, expired). */
    public boolean isFailed() {
        return value.equals(FAILED.value) || OTHER_TERMINAL.contains(value);
    }

    /** Queued, in progress, or any status this client does not know. */
    public boolean isPending() {
        return !isTerminal();
    }

    @Override
    public String toString() {
        return value;
    }
}
