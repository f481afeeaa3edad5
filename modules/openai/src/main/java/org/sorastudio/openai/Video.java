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

import java.time.Instant;
import java.util.Objects;

/**
 * A video job as the server describes it ({@code VideoResource}). Parsed leniently: unknown
 * models and sizes are kept as sent, {@code seconds} is accepted as a number or a string, and
 * fields the API added later are ignored.
 *
 * @param id                 job id, e.g. {@code video_123}
 * @param model              model name as sent; {@code null} if the server left it out
 * @param status             lifecycle status
 * @param progress           0..100 approximate completion
 * @param createdAt          creation time; {@code null} if the server left it out
 * @param completedAt        completion time, {@code null} until finished
 * @param expiresAt          when the downloadable assets expire, {@code null} if not set
 * @param prompt             prompt used, or {@code null}
 * @param size               resolution like {@code 1280x720}, or {@code null}
 * @param seconds            duration as a decimal string like {@code "8"}, or {@code null}
 * @param remixedFromVideoId source video of a remix, or {@code null}
 * @param error              why the job failed, or {@code null}
 */
public record Video(String id, String model, VideoStatus status, int progress, Instant createdAt,
        Instant completedAt, Instant expiresAt, String prompt, String size, String seconds,
        String remixedFromVideoId, VideoError error) {

    public Video {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    /** True once the job can no longer change. */
    public boolean isTerminal() {
        return status.isTerminal();
    }
}
