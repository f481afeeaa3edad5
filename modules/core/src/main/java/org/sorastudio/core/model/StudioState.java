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
package org.sorastudio.core.model;

/**
 * What the studio restores at start-up: the shot the user was last writing and the last project.
 * (Window layout is restored by the platform's window system.)
 */
public record StudioState(String lastPrompt, String lastModel, String lastSize, int lastSeconds,
        String lastProject) {

    public static StudioState initial() {
        return new StudioState("", Shot.DEFAULT_MODEL, Shot.DEFAULT_SIZE, Shot.DEFAULT_SECONDS, null);
    }
}
