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

    /** {@code text} with these words left out, and the spaces they leave tidied. */
    public String without(String text) {
        if (pattern == null) {
            return text;
        }
        return pattern.matcher(text).replaceAll("").replaceAll("[ \\t]{2,}", " ").replaceAll(" ([,.;:!?])", "$1").strip();
    }
}
