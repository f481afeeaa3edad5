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
package org.sorastudio.templates.pattern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sorastudio.templates.pattern.PatternProblem.Kind;
import org.sorastudio.templates.pattern.Segment.Alternatives;
import org.sorastudio.templates.pattern.Segment.Literal;
import org.sorastudio.templates.pattern.Segment.Variable;

/**
 * A prompt (or output-name) pattern, parsed: {@code {name}} variables, {@code {name=default}},
 * {@code {a|b|c}} alternatives that expand combinatorially, and {@code {{}/{@code }}} for literal
 * braces. Immutable and cheap to render, so one instance serves every row of a batch.
 */
public final class PromptPattern {

    private final String text;
    private final String where;
    private final List<Segment> segments;
    private final List<PatternProblem> problems;
    private final List<Alternatives> alternatives;
    /** For each set of alternatives, how many combinations the later sets make: the mixed-radix place value. */
    private final long[] strides;
    private final long combinations;
    /** A default written at any use of a name serves every use of it. */
    private final Map<String, String> defaults = new HashMap<>();

    private PromptPattern(String text, String where) {
        PatternParser parser = new PatternParser(text, where).parse();
        this.text = text;
        this.where = where;
        this.segments = List.copyOf(parser.segments());
        this.problems = List.copyOf(parser.problems());
        this.alternatives = segments.stream().filter(Alternatives.class::isInstance).map(Alternatives.class::cast).toList();
        this.strides = new long[alternatives.size()];
        long product = 1;
        for (int i = alternatives.size() - 1; i >= 0; i--) {
            strides[i] = product;
            product = saturatingMultiply(product, alternatives.get(i).options().size());
        }
        this.combinations = product;
        variableSegments().values().stream().filter(Variable::hasDefault).forEach(v -> defaults.put(v.name(), v.defaultValue()));
    }

    /** Parses a prompt. */
    public static PromptPattern parse(String text) {
        return parse(text, "prompt");
    }

    /** Parses {@code text}; {@code where} names it in problem messages ("prompt", "output name"). */
    public static PromptPattern parse(String text, String where) {
        return new PromptPattern(text == null ? "" : text, where);
    }

    /** {@code literal} with its braces doubled, so that it parses back to exactly itself. */
    public static String escape(String literal) {
        return literal.replace("{", "{{").replace("}", "}}");
    }

    public String text() {
        return text;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** Syntax problems: unclosed braces, stray closing braces, empty names. */
    public List<PatternProblem> problems() {
        return problems;
    }

    public boolean isWellFormed() {
        return problems.isEmpty();
    }

    /** Variable names in order of first use. */
    public Set<String> variables() {
        return variableSegments().keySet();
    }

    public boolean hasAlternatives() {
        return !alternatives.isEmpty();
    }

    /** How many prompts the alternatives make ({@link Long#MAX_VALUE} when it overflows). */
    public long combinations() {
        return combinations;
    }

    /** Fails with a message such as "3 × 4 = 12 prompts; the limit is 10" when the expansion is too large. */
    public void checkCombinations(long limit) throws ExpansionLimitException {
        if (combinations > limit) {
            String breakdown = alternatives.stream().map(a -> String.valueOf(a.options().size())).collect(Collectors.joining(" × "));
            throw new ExpansionLimitException(combinations, limit, breakdown);
        }
    }

    /** The same check as a problem to list beside the others, or none. */
    public List<PatternProblem> combinationProblems(long limit) {
        try {
            checkCombinations(limit);
            return List.of();
        } catch (ExpansionLimitException e) {
            return List.of(new PatternProblem(Kind.TOO_MANY_COMBINATIONS, where, alternatives.get(0).position(), e.getMessage()));
        }
    }

    /** Alternatives where only one text may come out (an output name): one problem per set. */
    public List<PatternProblem> alternativesNotAllowed(String why) {
        return alternatives.stream()
                .map(a -> new PatternProblem(Kind.ALTERNATIVES_NOT_ALLOWED, where, a.position(), why))
                .toList();
    }

    /**
     * Every variable that has no default and is not among {@code defined}, once, at its first use;
     * a name that differs only in case from a defined one is pointed out.
     */
    public List<PatternProblem> undefinedVariables(Collection<String> defined) {
        Map<String, String> byLowerCase = defined.stream()
                .collect(Collectors.toMap(n -> n.toLowerCase(Locale.ROOT), n -> n, (a, b) -> a));
        List<PatternProblem> result = new ArrayList<>();
        for (Variable variable : variableSegments().values()) {
            if (defined.contains(variable.name()) || variable.hasDefault()) {
                continue;
            }
            String similar = byLowerCase.get(variable.name().toLowerCase(Locale.ROOT));
            String hint = similar != null ? " Did you mean {" + similar + "}? Names are case-sensitive."
                    : defined.isEmpty() ? " Give it a value or a default: {" + variable.name() + "=...}."
                    : " Known names: " + String.join(", ", defined) + "; or give it a default: {" + variable.name() + "=...}.";
            result.add(new PatternProblem(Kind.UNDEFINED_VARIABLE, where, variable.position(),
                    "{" + variable.name() + "} has no value." + hint));
        }
        return result;
    }

    /**
     * One expanded text. {@code values} gives a variable's value or {@code null}; an empty or
     * missing value falls back to the variable's default (written at any of its uses), else to nothing.
     *
     * @param combination which combination of alternatives, {@code 0 <= combination < combinations()};
     *                    the first set of alternatives varies slowest
     */
    public String render(Function<String, String> values, long combination) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int alternative = 0;
        for (Segment segment : segments) {
            if (segment instanceof Literal literal) {
                out.append(literal.text());
            } else if (segment instanceof Variable variable) {
                String value = values.apply(variable.name());
                out.append(value == null || value.isEmpty() ? defaults.getOrDefault(variable.name(), "") : value);
            } else if (segment instanceof Alternatives set) {
                List<String> options = set.options();
                out.append(options.get((int) ((combination / strides[alternative]) % options.size())));
                alternative++;
            }
        }
        return out.toString();
    }

    /** Every combination, in order, for the given values. */
    public List<String> expand(Map<String, String> values, long limit) throws ExpansionLimitException {
        checkCombinations(limit);
        List<String> result = new ArrayList<>((int) combinations);
        for (long i = 0; i < combinations; i++) {
            result.add(render(values::get, i));
        }
        return result;
    }

    @Override
    public String toString() {
        return text;
    }

    private Map<String, Variable> variableSegments() {
        Map<String, Variable> byName = new LinkedHashMap<>();
        for (Segment segment : segments) {
            if (segment instanceof Variable variable) {
                byName.merge(variable.name(), variable, (first, later) -> first.hasDefault() ? first : later.hasDefault() ? later : first);
            }
        }
        return byName;
    }

    private static long saturatingMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }
}
