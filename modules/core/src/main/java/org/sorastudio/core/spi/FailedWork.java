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
package org.sorastudio.core.spi;

import java.util.Objects;
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.model.Shot;

/**
 * A piece of work that failed, as the error panel and its extra sections see it.
 *
 * @param title   what the work was, for a heading (a shot's prompt, shortened)
 * @param prompt  the prompt sent, or {@code null} when the work had none
 * @param profile the server profile it went to, or {@code null}
 * @param videoId the server's video id, or {@code null} before the server gave one
 * @param failure why it failed
 * @param shot    the shot as it was sent (model, size, length, reference), for sending it again changed; {@code null}
 *                when the work was not a shot
 */
public record FailedWork(String title, String prompt, String profile, String videoId, Failure failure, Shot shot) {

    public FailedWork {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(failure, "failure");
    }

    /** Failed work that was not a shot, or whose shot is not known. */
    public FailedWork(String title, String prompt, String profile, String videoId, Failure failure) {
        this(title, prompt, profile, videoId, failure, null);
    }
}
