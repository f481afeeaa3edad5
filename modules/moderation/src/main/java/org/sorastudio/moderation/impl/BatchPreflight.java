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
package org.sorastudio.moderation.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sorastudio.moderation.api.Flag;
import org.sorastudio.moderation.api.ModerationUnavailableException;
import org.sorastudio.moderation.api.PreflightReport;
import org.sorastudio.moderation.api.PreflightReport.BlockedRow;
import org.sorastudio.openai.ModerationResult.Verdict;

/**
 * Checks a batch's prompts before anything is submitted: each distinct prompt once (a template batch
 * repeats many), in arrays, paced by the server's rate limit; a prompt the server flags or that holds
 * a watched word is reported with its rows.
 */
public final class BatchPreflight {

    private final Moderator moderator;
    private final WatchList watchList;

    public BatchPreflight(Moderator moderator, WatchList watchList) {
        this.moderator = moderator;
        this.watchList = watchList;
    }

    public PreflightReport check(List<String> prompts) throws ModerationUnavailableException {
        Map<String, List<Integer>> rowsByPrompt = new LinkedHashMap<>();
        for (int i = 0; i < prompts.size(); i++) {
            rowsByPrompt.computeIfAbsent(prompts.get(i), p -> new ArrayList<>()).add(i);
        }
        List<String> distinct = List.copyOf(rowsByPrompt.keySet());
        List<Verdict> verdicts = moderator.verdicts(distinct);
        List<BlockedRow> blocked = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            String prompt = distinct.get(i);
            List<Flag> flags = verdicts.get(i).flagged() ? Moderator.flags(verdicts.get(i)) : List.of();
            List<String> watched = watchList.foundIn(prompt);
            if (!flags.isEmpty() || !watched.isEmpty()) {
                for (int row : rowsByPrompt.get(prompt)) {
                    blocked.add(new BlockedRow(row, prompt, flags, watched));
                }
            }
        }
        blocked.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new PreflightReport(prompts.size(), blocked, moderator.requests());
    }
}
