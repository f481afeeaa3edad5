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

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Answer of {@code POST /moderations}: one verdict per input. */
public record ModerationResult(String id, String model, List<Verdict> results) {

    public ModerationResult {
        results = List.copyOf(results);
    }

    /** True if any input was flagged. */
    public boolean flagged() {
        return results.stream().anyMatch(Verdict::flagged);
    }

    /**
     * The verdict on one input.
     *
     * @param flagged        whether any category was flagged
     * @param categories     category name (e.g. {@code violence}) to flagged
     * @param categoryScores category name to score 0..1
     */
    public record Verdict(boolean flagged, Map<String, Boolean> categories, Map<String, Double> categoryScores) {

        public Verdict {
            categories = Map.copyOf(categories);
            categoryScores = Map.copyOf(categoryScores);
        }

        /** Names of the flagged categories, sorted. */
        public Set<String> flaggedCategories() {
            Set<String> names = new TreeSet<>();
            categories.forEach((name, isFlagged) -> {
                if (isFlagged) {
                    names.add(name);
                }
            });
            return names;
        }
    }
}
