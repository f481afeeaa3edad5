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

/** How a job ends, decided when it is accepted. */
public enum JobOutcome {
    SUCCEEDS("", ""),
    FAILS("video_generation_failed", "Video generation failed. Please try again."),
    MODERATION_BLOCKED("moderation_blocked",
            "Your request was blocked by our moderation system.");

    private final String errorCode;
    private final String errorMessage;

    JobOutcome(String errorCode, String errorMessage) {
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
    }

    /** The {@code error.code} of a job that ended this way. */
    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }
}
