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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openide.util.NbBundle;
import org.sorastudio.moderation.api.Rewrite;
import org.sorastudio.moderation.api.Trigger;

/**
 * Rewrites that need no server: softer words for the triggers, the triggers left out, and named
 * people and brands made general (video servers refuse real people's likeness and trademarks even
 * when the moderation check passes the text).
 */
@NbBundle.Messages({
    "# {0} - the replacements, e.g. kill → defeat",
    "RuleRewriter.softened=Softer words: {0}.",
    "# {0} - the phrases left out",
    "RuleRewriter.dropped=Left out: {0}.",
    "# {0} - the replacements",
    "RuleRewriter.generalised=Named people and brands made general: {0}.",
    "RuleRewriter.person=a person",
    "RuleRewriter.brandless=(no brand)"
})
public final class RuleRewriter {

    private static final Map<String, String> SOFTER = softerWords();
    private static final Pattern BRANDS = wordsPattern(lines("brands.txt"));
    private static final Set<String> FIRST_NAMES = Set.copyOf(lines("first-names.txt"));
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\b\\p{Lu}[\\p{Ll}'’]+(?:[ -]\\p{Lu}[\\p{Ll}'’]+){1,2}\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    private RuleRewriter() {
    }

    /** The suggestions that change something, most conservative first; none when nothing applies. */
    public static List<Rewrite> rewrites(String prompt, List<Trigger> triggers, List<String> watchedWords) {
        Set<String> targets = new LinkedHashSet<>();
        triggers.forEach(t -> targets.add(t.phrase()));
        targets.addAll(watchedWords);
        List<Rewrite> rewrites = new ArrayList<>();
        add(rewrites, prompt, softened(prompt, targets));
        add(rewrites, prompt, dropped(prompt, targets));
        add(rewrites, prompt, generalised(prompt));
        return rewrites;
    }

    private static void add(List<Rewrite> rewrites, String original, Rewrite candidate) {
        if (candidate != null && !candidate.prompt().equals(original)
                && rewrites.stream().noneMatch(r -> r.prompt().equals(candidate.prompt()))) {
            rewrites.add(candidate);
        }
    }

    /** Every word of the targets that has a softer one, replaced wherever it stands in the prompt. */
    private static Rewrite softened(String prompt, Set<String> targets) {
        Set<String> words = new LinkedHashSet<>();
        for (String target : targets) {
            Matcher word = WORD.matcher(target);
            while (word.find()) {
                String lower = word.group().toLowerCase(Locale.ROOT);
                if (SOFTER.containsKey(lower)) {
                    words.add(lower);
                }
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        Map<String, String> replaced = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        Matcher matcher = wordsPattern(words).matcher(prompt);
        while (matcher.find()) {
            String original = matcher.group();
            String softer = SOFTER.get(original.toLowerCase(Locale.ROOT));
            replaced.putIfAbsent(original.toLowerCase(Locale.ROOT), softer);
            matcher.appendReplacement(out, Matcher.quoteReplacement(keepCapital(original, softer)));
        }
        matcher.appendTail(out);
        return new Rewrite(out.toString(), Bundle.RuleRewriter_softened(arrows(replaced)));
    }

    private static Rewrite dropped(String prompt, Set<String> targets) {
        if (targets.isEmpty()) {
            return null;
        }
        String without = Words.tidy(wordsPattern(targets).matcher(prompt).replaceAll(""));
        return without.isBlank() ? null : new Rewrite(without, Bundle.RuleRewriter_dropped(String.join(", ", targets)));
    }

    private static Rewrite generalised(String prompt) {
        Map<String, String> replaced = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        Matcher names = CAPITALISED_RUN.matcher(prompt);
        while (names.find()) {
            String name = names.group();
            if (FIRST_NAMES.contains(name.split("[ -]")[0])) {
                String person = atSentenceStart(prompt, names.start())
                        ? keepCapital(name, Bundle.RuleRewriter_person()) : Bundle.RuleRewriter_person();
                replaced.put(name, Bundle.RuleRewriter_person());
                names.appendReplacement(out, Matcher.quoteReplacement(person));
            }
        }
        names.appendTail(out);
        Matcher brands = BRANDS.matcher(out.toString());
        while (brands.find()) {
            replaced.put(brands.group(), Bundle.RuleRewriter_brandless());
        }
        String result = Words.tidy(brands.replaceAll(""));
        return replaced.isEmpty() ? null : new Rewrite(result, Bundle.RuleRewriter_generalised(arrows(replaced)));
    }

    private static String arrows(Map<String, String> replaced) {
        return replaced.entrySet().stream().map(e -> e.getKey() + " → " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static boolean atSentenceStart(String text, int index) {
        String before = text.substring(0, index).stripTrailing();
        return before.isEmpty() || ".!?\n".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    private static String keepCapital(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }

    /** Whole words or phrases, any case; longer ones first so a phrase wins over its first word. */
    private static Pattern wordsPattern(Collection<String> phrases) {
        return Pattern.compile(phrases.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Map<String, String> softerWords() {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(RuleRewriter.class.getResourceAsStream("softer-words.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> words = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(word -> words.put(word, properties.getProperty(word)));
        return Map.copyOf(words);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = RuleRewriter.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
