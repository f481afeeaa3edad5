package org.sorastudio.moderation.impl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The words a user asked to be warned about, found as whole words in any case. */
public final class WatchList {

    private final List<String> words;
    private final List<Pattern> patterns = new ArrayList<>();

    public WatchList(Collection<String> words) {
        this.words = words.stream().map(String::strip).filter(w -> !w.isEmpty()).distinct().sorted().toList();
        for (String word : this.words) {
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    /** The watched words the text holds, as the list has them. */
    public List<String> foundIn(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (patterns.get(i).matcher(text).find()) {
                found.add(words.get(i).toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }
}
