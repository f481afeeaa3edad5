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

/**
 * Why a video job failed, e.g. code {@code moderation_blocked}. Fields may be {@code null} when a
 * compatible server leaves them out.
 */
public record VideoError(String code, String message) {

    /** The code the service uses when its moderation refused the prompt or the output. */
    public static final String MODERATION_BLOCKED = "moderation_blocked";

    public boolean isModerationBlocked() {
        return MODERATION_BLOCKED.equals(code);
    }
}
