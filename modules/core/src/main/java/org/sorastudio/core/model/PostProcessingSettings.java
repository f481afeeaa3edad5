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

import java.util.List;

/**
 * What happens after a clip arrives, and how much disk a batch must leave free; part of {@link Settings}.
 *
 * @param hooks                the steps every downloaded clip goes through, in order
 * @param freeSpaceThresholdMb a batch that would leave less free space than this in the output folder is warned
 *                             about before it is sent, and the queue pauses when a download would go below it
 */
public record PostProcessingSettings(List<HookStep> hooks, long freeSpaceThresholdMb) {

    /** Keeps room for the system and a few clips: 2 GB. */
    public static final long DEFAULT_FREE_SPACE_THRESHOLD_MB = 2048;

    public PostProcessingSettings {
        hooks = hooks == null ? List.of() : List.copyOf(hooks);
        freeSpaceThresholdMb = freeSpaceThresholdMb < 0 ? DEFAULT_FREE_SPACE_THRESHOLD_MB : freeSpaceThresholdMb;
    }

    public static PostProcessingSettings defaults() {
        return new PostProcessingSettings(List.of(), DEFAULT_FREE_SPACE_THRESHOLD_MB);
    }

    public PostProcessingSettings withHooks(List<HookStep> value) {
        return new PostProcessingSettings(value, freeSpaceThresholdMb);
    }
}
