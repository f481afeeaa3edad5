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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sorastudio.templates.pattern.PatternProblem.Kind;
import org.sorastudio.templates.pattern.Segment.Alternatives;
import org.sorastudio.templates.pattern.Segment.Literal;
import org.sorastudio.templates.pattern.Segment.Variable;

class PromptPatternTest {

    @Test
    void plainTextIsOneLiteral() throws Exception {
        PromptPattern pattern = PromptPattern.parse("a quiet harbour at dawn");

        assertThat(pattern.segments()).containsExactly(new Literal("a quiet harbour at dawn", new TextPosition(0, 1, 1)));
        assertThat(pattern.problems()).isEmpty();
        assertThat(pattern.expand(Map.of(), 10)).containsExactly("a quiet harbour at dawn");
    }

    @Test
    void variableIsReplacedByItsValue() throws Exception {
        PromptPattern pattern = PromptPattern.parse("a {animal} on a {place}");

        assertThat(pattern.variables()).containsExactly("animal", "place");
        assertThat(pattern.segments()).element(1).isEqualTo(new Variable("animal", null, new TextPosition(2, 1, 3)));
        assertThat(pattern.expand(Map.of("animal", "fox", "place", "roof"), 10)).containsExactly("a fox on a roof");
    }

    @Test
    void namesAreTrimmedAndMayContainSpaces() throws Exception {
        PromptPattern pattern = PromptPattern.parse("{ Subject Name }!");

        assertThat(pattern.variables()).containsExactly("Subject Name");
        assertThat(pattern.expand(Map.of("Subject Name", "Ada"), 1)).containsExactly("Ada!");
    }

    @Test
    void doubledBracesAreLiteralBraces() throws Exception {
        PromptPattern pattern = PromptPattern.parse("json {{\"k\": {value}}} and }}{{");

        assertThat(pattern.problems()).isEmpty();
        assertThat(pattern.variables()).containsExactly("value");
        assertThat(pattern.expand(Map.of("value", "1"), 1)).containsExactly("json {\"k\": 1} and }{");
    }

    @Test
    void escapeProducesTextThatParsesBackToItself() throws Exception {
        String literal = "a {weird} }{ prompt";

        assertThat(PromptPattern.parse(PromptPattern.escape(literal)).expand(Map.of(), 1)).containsExactly(literal);
    }

    @Test
    void defaultIsUsedWhenTheValueIsMissingOrEmpty() throws Exception {
        PromptPattern pattern = PromptPattern.parse("{mood=calm} sea");

        assertThat(pattern.segments()).first().isEqualTo(new Variable("mood", "calm", new TextPosition(0, 1, 1)));
        assertThat(pattern.expand(Map.of(), 1)).containsExactly("calm sea");
        assertThat(pattern.expand(Map.of("mood", ""), 1)).containsExactly("calm sea");
        assertThat(pattern.expand(Map.of("mood", "stormy"), 1)).containsExactly("stormy sea");
    }

    @Test
    void aDefaultWrittenOnceServesEveryUseOfTheName() throws Exception {
        PromptPattern pattern = PromptPattern.parse("{hero=Ada} walks; {hero} smiles");

        assertThat(pattern.undefinedVariables(Set.of())).isEmpty();
        assertThat(pattern.expand(Map.of(), 1)).containsExactly("Ada walks; Ada smiles");
    }

    @Test
    void emptyDefaultIsAllowed() throws Exception {
        assertThat(PromptPattern.parse("a{adjective=} cat").expand(Map.of(), 1)).containsExactly("a cat");
    }

    @Test
    void alternativesExpandCombinatoriallyFirstSetSlowest() throws Exception {
        PromptPattern pattern = PromptPattern.parse("{red|green} {cat|dog|owl}");

        assertThat(pattern.segments()).first().isEqualTo(new Alternatives(List.of("red", "green"), new TextPosition(0, 1, 1)));
        assertThat(pattern.combinations()).isEqualTo(6);
        assertThat(pattern.expand(Map.of(), 6))
                .containsExactly("red cat", "red dog", "red owl", "green cat", "green dog", "green owl");
    }

    @Test
    void alternativesAreTrimmedAndMayBeEmpty() throws Exception {
        assertThat(PromptPattern.parse("a {big | } house").expand(Map.of(), 2)).containsExactly("a big house", "a  house");
    }

    @Test
    void alternativesCombineWithVariables() throws Exception {
        PromptPattern pattern = PromptPattern.parse("{subject} in {rain|snow}");

        assertThat(pattern.expand(Map.of("subject", "a fox"), 2)).containsExactly("a fox in rain", "a fox in snow");
    }

    @Test
    void expansionOverTheCapFailsWithTheBreakdown() {
        PromptPattern pattern = PromptPattern.parse("{a|b|c} {d|e|f|g} {h|i}");

        assertThat(pattern.combinations()).isEqualTo(24);
        assertThatThrownBy(() -> pattern.expand(Map.of(), 20))
                .isInstanceOf(ExpansionLimitException.class)
                .hasMessage("The alternatives make 3 × 4 × 2 = 24 prompts; the limit is 20. Remove some options or split the template.");
        assertThat(pattern.combinationProblems(20)).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Kind.TOO_MANY_COMBINATIONS);
                    assertThat(p.position()).isEqualTo(new TextPosition(0, 1, 1));
                });
        assertThat(pattern.combinationProblems(24)).isEmpty();
    }

    @Test
    void hugeExpansionSaturatesInsteadOfOverflowing() {
        PromptPattern pattern = PromptPattern.parse("{a|b|c|d|e|f|g|h|i|j} ".repeat(25));

        assertThat(pattern.combinations()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> pattern.checkCombinations(1000)).hasMessageContaining("more than");
    }

    @Test
    void unclosedBraceIsReportedWithLineAndColumn() {
        PromptPattern pattern = PromptPattern.parse("first line\nthe {subject walks\nand {mood} stays");

        assertThat(pattern.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNCLOSED_BRACE);
            assertThat(p.position()).isEqualTo(new TextPosition(15, 2, 5));
            assertThat(p.toString()).isEqualTo("prompt, line 2, column 5: \"{\" is not closed on its line; "
                    + "close it with \"}\" or write \"{{\" for a literal brace.");
        });
        assertThat(pattern.variables()).containsExactly("mood");
    }

    @Test
    void braceOpenedInsideAPlaceholderLeavesTheFirstUnclosed() {
        PromptPattern pattern = PromptPattern.parse("a {b {c}");

        assertThat(pattern.problems()).extracting(PatternProblem::kind, PatternProblem::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.UNCLOSED_BRACE, new TextPosition(2, 1, 3)));
        assertThat(pattern.variables()).containsExactly("c");
    }

    @Test
    void unclosedBraceAtTheEnd() {
        assertThat(PromptPattern.parse("tail {").problems()).extracting(PatternProblem::kind).containsExactly(Kind.UNCLOSED_BRACE);
    }

    @Test
    void strayClosingBraceIsReported() {
        PromptPattern pattern = PromptPattern.parse("ok} and {x}");

        assertThat(pattern.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.STRAY_CLOSING_BRACE);
            assertThat(p.position()).isEqualTo(new TextPosition(2, 1, 3));
            assertThat(p.blocking()).isTrue();
        });
    }

    @Test
    void emptyNamesAreReported() {
        PromptPattern pattern = PromptPattern.parse("{} and { } and {=x}");

        assertThat(pattern.problems()).extracting(PatternProblem::kind).containsOnly(Kind.EMPTY_NAME).hasSize(3);
        assertThat(pattern.problems()).extracting(p -> p.position().column()).containsExactly(1, 8, 16);
        assertThat(pattern.variables()).isEmpty();
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        PromptPattern pattern = PromptPattern.parse("} {} {open\n{fine} {");

        assertThat(pattern.problems()).extracting(PatternProblem::kind)
                .containsExactly(Kind.STRAY_CLOSING_BRACE, Kind.EMPTY_NAME, Kind.UNCLOSED_BRACE, Kind.UNCLOSED_BRACE);
        assertThat(pattern.problems()).extracting(p -> p.position().line()).containsExactly(1, 1, 1, 2);
    }

    @Test
    void positionsCountWindowsLineEndingsOnce() {
        PromptPattern pattern = PromptPattern.parse("a\r\nb\r\n  {x");

        assertThat(pattern.problems()).singleElement().extracting(PatternProblem::position).isEqualTo(new TextPosition(8, 3, 3));
    }

    @Test
    void undefinedVariablesAreEachReportedOnceAtTheirFirstUse() {
        PromptPattern pattern = PromptPattern.parse("{subject} meets {friend}\nand {friend} meets {place=home} at {time}");

        List<PatternProblem> problems = pattern.undefinedVariables(Set.of("subject"));

        assertThat(problems).extracting(PatternProblem::kind).containsOnly(Kind.UNDEFINED_VARIABLE);
        assertThat(problems).extracting(PatternProblem::message).containsExactly(
                "{friend} has no value. Known names: subject; or give it a default: {friend=...}.",
                "{time} has no value. Known names: subject; or give it a default: {time=...}.");
        assertThat(problems).extracting(PatternProblem::position)
                .containsExactly(new TextPosition(16, 1, 17), new TextPosition(60, 2, 36));
    }

    @Test
    void undefinedVariableDifferingOnlyInCaseGetsAHint() {
        assertThat(PromptPattern.parse("{subject}").undefinedVariables(Set.of("Subject"))).singleElement()
                .extracting(PatternProblem::message).isEqualTo("{subject} has no value. Did you mean {Subject}? Names are case-sensitive.");
    }

    @Test
    void renderPicksOneCombination() {
        PromptPattern pattern = PromptPattern.parse("{x|y} {1|2}");

        assertThat(pattern.render(name -> null, 3)).isEqualTo("y 2");
    }

    @Test
    void alternativesCanBeForbiddenWhereOneTextMustComeOut() {
        PromptPattern name = PromptPattern.parse("{subject}-{a|b}", "output name");

        assertThat(name.alternativesNotAllowed("only one name")).singleElement()
                .hasToString("output name, line 1, column 11: only one name");
    }
}
