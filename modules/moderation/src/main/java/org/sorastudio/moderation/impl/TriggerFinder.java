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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sorastudio.moderation.api.BlockExplanation;
import org.sorastudio.moderation.api.ModerationUnavailableException;
import org.sorastudio.moderation.api.Trigger;
import org.sorastudio.moderation.impl.Words.Span;
import org.sorastudio.openai.ModerationResult.Verdict;

/**
 * Finds the words that get a prompt flagged, in a few requests: the whole prompt; then its clauses
 * side by side, to find the flagged ones; then, for each flagged clause, every variant with one word
 * left out, side by side. A word whose absence clears the clause is a trigger; when no single word
 * does, the words whose absence lowers the score most are.
 */
public final class TriggerFinder {

    /** Flagged clauses looked into word by word: a long prompt's first few say what to change. */
    private static final int CLAUSES_EXAMINED = 3;
    /** Words of one clause tried: beyond this a clause is examined in its first part only. */
    private static final int WORDS_EXAMINED = 64;
    /** When no single word clears a clause, a word counts if leaving it out lowers the score by this share. */
    private static final double NOTABLE_DROP = 0.2;

    private final Moderator moderator;
    private final WatchList watchList;

    public TriggerFinder(Moderator moderator, WatchList watchList) {
        this.moderator = moderator;
        this.watchList = watchList;
    }

    public BlockExplanation explain(String prompt) throws ModerationUnavailableException {
        Verdict whole = moderator.verdicts(List.of(prompt)).get(0);
        List<String> watched = watchList.foundIn(prompt);
        if (!whole.flagged()) {
            return new BlockExplanation(prompt, false, List.of(), List.of(), watched, moderator.requests());
        }
        Set<String> categories = whole.flaggedCategories();
        List<Span> suspects = flaggedClauses(prompt, whole);
        List<Trigger> triggers = new ArrayList<>();
        for (Span clause : suspects.subList(0, Math.min(CLAUSES_EXAMINED, suspects.size()))) {
            triggers.addAll(triggersIn(prompt, clause, categories));
        }
        triggers.sort(Comparator.comparingInt(Trigger::start));
        return new BlockExplanation(prompt, true, Moderator.flags(whole), triggers, watched, moderator.requests());
    }

    /** The clauses flagged on their own; the whole prompt when none is (only together do they offend). */
    private List<Span> flaggedClauses(String prompt, Verdict whole) throws ModerationUnavailableException {
        List<Span> clauses = Words.clauses(prompt);
        Span all = new Span(0, prompt.length());
        if (clauses.size() <= 1) {
            return List.of(all);
        }
        List<Verdict> verdicts = moderator.verdicts(clauses.stream().map(c -> c.of(prompt)).toList());
        List<Span> flagged = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            if (verdicts.get(i).flagged()) {
                flagged.add(clauses.get(i));
            }
        }
        return flagged.isEmpty() ? List.of(all) : flagged;
    }

    private List<Trigger> triggersIn(String prompt, Span clause, Set<String> categories) throws ModerationUnavailableException {
        String text = clause.of(prompt);
        List<Span> words = Words.words(prompt, clause);
        words = words.subList(0, Math.min(WORDS_EXAMINED, words.size()));
        List<String> variants = new ArrayList<>(words.size() + 1);
        variants.add(text);
        for (Span word : words) {
            variants.add(Words.without(text, new Span(word.start() - clause.start(), word.end() - clause.start())));
        }
        List<Verdict> verdicts = moderator.verdicts(variants);
        double baseline = Moderator.strength(verdicts.get(0), categories);
        List<Integer> clearing = new ArrayList<>();
        List<Integer> lowering = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Verdict without = verdicts.get(i + 1);
            if (!without.flagged()) {
                clearing.add(i);
            } else if (baseline - Moderator.strength(without, categories) >= NOTABLE_DROP * baseline) {
                lowering.add(i);
            }
        }
        boolean clears = !clearing.isEmpty();
        return phrases(prompt, words, clears ? clearing : lowering, clears);
    }

    /** Neighbouring trigger words become one phrase. */
    private static List<Trigger> phrases(String prompt, List<Span> words, List<Integer> chosen, boolean unflags) {
        List<Trigger> phrases = new ArrayList<>();
        int i = 0;
        while (i < chosen.size()) {
            int first = chosen.get(i);
            int last = first;
            while (i + 1 < chosen.size() && chosen.get(i + 1) == last + 1) {
                last = chosen.get(++i);
            }
            int start = words.get(first).start();
            int end = words.get(last).end();
            phrases.add(new Trigger(prompt.substring(start, end), start, end, unflags));
            i++;
        }
        return phrases;
    }
}
