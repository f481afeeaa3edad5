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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words and clauses of a prompt, as spans of the original text so that changes keep the rest as it was. */
public final class Words {

    /** A part of a text: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {

        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** Sentence ends, semicolons and commas before a conjunction split clauses; a moderation verdict is per clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;]+\\s+|,\\s+(?=(?:and|but|then|while|as|so)\\b)|\\R+");

    private Words() {
    }

    public static List<Span> words(String text, Span within) {
        List<Span> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text).region(within.start(), within.end());
        while (matcher.find()) {
            words.add(new Span(matcher.start(), matcher.end()));
        }
        return words;
    }

    public static List<Span> clauses(String text) {
        List<Span> clauses = new ArrayList<>();
        Matcher matcher = CLAUSE_END.matcher(text);
        int start = 0;
        while (matcher.find()) {
            addTrimmed(text, start, matcher.start(), clauses);
            start = matcher.end();
        }
        addTrimmed(text, start, text.length(), clauses);
        return clauses;
    }

    /** The text with a span taken out and the spaces around it closed up. */
    public static String without(String text, Span removed) {
        return tidy(text.substring(0, removed.start()) + " " + text.substring(removed.end()));
    }

    /** Collapses the runs of spaces, and the spaces before punctuation, that taking words out leaves. */
    public static String tidy(String text) {
        return text.replaceAll("[ \\t]{2,}", " ").replaceAll(" +([,.;:!?])", "$1").replaceAll("([,;:]){2,}", "$1").strip();
    }

    private static void addTrimmed(String text, int start, int end, List<Span> into) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            into.add(new Span(start, end));
        }
    }
}
