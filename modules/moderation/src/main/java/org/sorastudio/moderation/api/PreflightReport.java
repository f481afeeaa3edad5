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
package org.sorastudio.moderation.api;

import java.util.List;

/**
 * The verdict on a batch of prompts before anything is submitted.
 *
 * @param checked  how many prompts were checked
 * @param blocked  the prompts the server flags or that hold a watched word, in batch order
 * @param requests how many moderation requests the check took
 */
public record PreflightReport(int checked, List<BlockedRow> blocked, int requests) {

    public PreflightReport {
        blocked = List.copyOf(blocked);
    }

    /**
     * A prompt of the batch that would be blocked.
     *
     * @param index        its position in the batch, from 0
     * @param prompt       the prompt
     * @param flags        the categories the server flagged (empty when only a watched word was found)
     * @param watchedWords the user's watched words it holds
     */
    public record BlockedRow(int index, String prompt, List<Flag> flags, List<String> watchedWords) {

        public BlockedRow {
            flags = List.copyOf(flags);
            watchedWords = List.copyOf(watchedWords);
        }
    }
}
