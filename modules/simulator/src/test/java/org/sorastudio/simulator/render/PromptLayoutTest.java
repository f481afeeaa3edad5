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
package org.sorastudio.simulator.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromptLayoutTest {

    @Test
    void shortPromptStaysOnOneLine() {
        assertThat(PromptLayout.wrap("A calico cat", 1280, 720, 8)).containsExactly("A calico cat");
    }

    @Test
    void longPromptWrapsAtWordsWithinTheFrameWidth() {
        List<String> lines = PromptLayout.wrap("word ".repeat(40), 720, 1280, 20);

        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line).doesNotStartWith(" ")
                .doesNotEndWith(" ").matches("(word ?)+"));
        assertThat(String.join(" ", lines)).isEqualTo("word ".repeat(40).strip());
    }

    @Test
    void promptBeyondTheLineLimitIsCutWithAnEllipsis() {
        List<String> lines = PromptLayout.wrap("many words ".repeat(200), 720, 1280, 3);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).endsWith("\u2026");
    }

    @Test
    void wordLongerThanALineIsSplit() {
        List<String> lines = PromptLayout.wrap("x".repeat(200), 720, 1280, 20);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo("x".repeat(200));
    }

    @Test
    void blankPromptGivesNoLines() {
        assertThat(PromptLayout.wrap("   ", 720, 1280, 8)).isEmpty();
    }
}
