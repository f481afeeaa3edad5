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
package org.sorastudio.templates.api;

import java.util.List;

/**
 * The prompts sent, most recent first, each once, at most {@link #LIMIT}; kept in
 * {@code prompt-history.json} in the user directory. Registered in Lookup: whatever sends a
 * prompt records it here.
 *
 * <p>History is a convenience, so it never stands in the way of sending: a failed write is logged,
 * and an unreadable file is renamed to {@code prompt-history.json.broken-TIMESTAMP} (kept, logged)
 * and a new history started.
 */
public interface PromptHistory {

    int LIMIT = 200;
    String FILE_NAME = "prompt-history.json";

    /** Puts {@code prompt} first; blank prompts are ignored. */
    void record(String prompt);

    /** Records each of {@code prompts} in turn, so the last ends up first; blank prompts are ignored. */
    default void recordAll(List<String> prompts) {
        prompts.forEach(this::record);
    }

    List<HistoryEntry> entries();

    /** Entries containing every word of {@code query}, case-insensitive. */
    List<HistoryEntry> search(String query);

    void remove(String prompt);

    void clear();

    /** Called after every change, on the thread that made it. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
