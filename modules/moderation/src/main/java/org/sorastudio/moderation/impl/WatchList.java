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
