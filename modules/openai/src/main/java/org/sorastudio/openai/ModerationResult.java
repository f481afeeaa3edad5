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
