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
package org.sorastudio.templates.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sorastudio.templates.pattern.ExpansionLimitException;
import org.sorastudio.templates.pattern.PatternProblem;
import org.sorastudio.templates.pattern.PromptPattern;
import org.sorastudio.testing.FuzzBounds;

/**
 * The {@code {placeholder}} parser on any text: a pattern, with its problems placed inside the text, that renders every
 * combination and expands to at most the limit or says it would make too many ({@link ExpansionLimitException}); never
 * another exception, a hang or memory beyond {@link FuzzBounds}. A well-formed pattern gives back its text escaped.
 * Fixed seeds and 400 tries in the suite; ./studio fuzz runs longer.
 */
class PatternParserFuzzTest {

    private static final long LIMIT = 64;

    @Property(seed = "18")
    void anyTextGivesAPatternWithItsProblems(@ForAll("patternText") String text) {
        check(text);
    }

    @Property(seed = "1818")
    void anyEscapedTextParsesBackToItself(@ForAll("patternText") String text) {
        FuzzBounds.within(text.length() * 2L, () -> {
            PromptPattern pattern = PromptPattern.parse(PromptPattern.escape(text));
            assertThat(pattern.isWellFormed()).isTrue();
            assertThat(pattern.render(name -> null, 0)).isEqualTo(text);
        });
    }

    /** Inputs that once failed: kept as regression tests. */
    @Example
    void patternsThatOnceFailed() {
        for (String text : List.of("", "{", "}", "{}", "{|}", "{=}", "{a=}", "{a|b}{c|d|e}", "{\n}", "\r\n{a", "{{{", "}}}",
                "{a|b}".repeat(70))) {
            check(text);
        }
    }

    private static void check(String text) {
        FuzzBounds.within(text.getBytes(StandardCharsets.UTF_8).length, () -> {
            PromptPattern pattern = PromptPattern.parse(text);
            for (PatternProblem problem : pattern.problems()) {
                assertThat(problem.position().offset()).isBetween(0, Math.max(0, text.length() - 1));
            }
            pattern.undefinedVariables(List.of("a", "B"));
            pattern.combinationProblems(LIMIT);
            for (long i = 0; i < Math.min(pattern.combinations(), LIMIT); i++) {
                pattern.render(name -> name.equals("a") ? "value" : null, i);
            }
            try {
                assertThat(pattern.expand(Map.of("a", "value"), LIMIT)).hasSize((int) pattern.combinations());
            } catch (ExpansionLimitException expected) {
                assertThat(pattern.combinations()).isGreaterThan(LIMIT);
            }
        });
    }

    @Provide
    Arbitrary<String> patternText() {
        Arbitrary<String> piece = Arbitraries.of("{", "}", "{{", "}}", "|", "=", "a", "B", "name", " ", "\n", "\r", "\r\n", "é",
                "\uD83C\uDFAC", "{a}", "{a|b}", "{a=x}", "{|}");
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
