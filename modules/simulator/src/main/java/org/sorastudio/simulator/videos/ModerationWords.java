package org.sorastudio.simulator.videos;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The configured words that get a prompt blocked, matched as whole words in any case. */
public final class ModerationWords {

    private final Pattern pattern;

    public ModerationWords(Set<String> words) {
        pattern = words.isEmpty() ? null : Pattern.compile(words.stream()
                .sorted()
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "\\b(?:", ")\\b")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public boolean blocks(String text) {
        return pattern != null && pattern.matcher(text).find();
    }
}
