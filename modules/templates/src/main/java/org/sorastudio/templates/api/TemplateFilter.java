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
package org.sorastudio.templates.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sorastudio.core.model.Template;

/**
 * Search as you type. Every word must match (case-insensitive): a plain word anywhere in the
 * name, the prompt or a tag; {@code #word} or {@code tag:word} a tag starting with it;
 * {@code "two words"} as a phrase. An empty query matches everything.
 */
public final class TemplateFilter implements Predicate<Template> {

    /** Pinned first, then by name, then by id so the order is stable. */
    public static final Comparator<Template> ORDER = Comparator.comparing((Template t) -> !t.pinned())
            .thenComparing(t -> t.name().toLowerCase(Locale.ROOT))
            .thenComparing(Template::id);

    private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"?|(\\S+)");

    private record Term(String text, boolean tagOnly) {
    }

    private final List<Term> terms;

    private TemplateFilter(List<Term> terms) {
        this.terms = terms;
    }

    public static TemplateFilter parse(String query) {
        List<Term> terms = new ArrayList<>();
        Matcher matcher = TERM.matcher(query == null ? "" : query);
        while (matcher.find()) {
            String word = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).toLowerCase(Locale.ROOT);
            boolean tagOnly = matcher.group(2) != null && (word.startsWith("#") || word.startsWith("tag:"));
            String text = tagOnly ? word.substring(word.startsWith("#") ? 1 : 4) : word;
            if (!text.isBlank()) {
                terms.add(new Term(text, tagOnly));
            }
        }
        return new TemplateFilter(terms);
    }

    @Override
    public boolean test(Template template) {
        return terms.stream().allMatch(term -> matches(term, template));
    }

    private static boolean matches(Term term, Template template) {
        List<String> tags = template.tags().stream().map(tag -> tag.toLowerCase(Locale.ROOT)).toList();
        if (term.tagOnly()) {
            return tags.stream().anyMatch(tag -> tag.startsWith(term.text()));
        }
        return template.name().toLowerCase(Locale.ROOT).contains(term.text())
                || template.prompt().toLowerCase(Locale.ROOT).contains(term.text())
                || tags.stream().anyMatch(tag -> tag.contains(term.text()));
    }
}
