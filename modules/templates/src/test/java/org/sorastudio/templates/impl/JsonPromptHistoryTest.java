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
package org.sorastudio.templates.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.templates.api.HistoryEntry;
import org.sorastudio.templates.api.PromptHistory;

class JsonPromptHistoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private JsonPromptHistory history() {
        return new JsonPromptHistory(dir.resolve("prompt-history.json"), CLOCK);
    }

    @Test
    void mostRecentFirstAndEachPromptOnce() {
        JsonPromptHistory history = history();
        history.record("a fox in snow");
        history.record("an owl at night");
        history.record("  a fox in snow ");
        history.record("   ");

        assertThat(history().entries()).extracting(HistoryEntry::prompt).containsExactly("a fox in snow", "an owl at night");
        assertThat(history().entries().get(0).uses()).isEqualTo(2);
        assertThat(history().entries().get(0).lastUsed()).isEqualTo(CLOCK.instant());
    }

    @Test
    void recordAllPutsTheLastFirstAndCountsRepeats() {
        JsonPromptHistory history = history();
        history.record("a fox in snow");
        history.recordAll(java.util.List.of("an owl at night", " ", "a fox in snow", "a heron"));

        assertThat(history().entries()).extracting(HistoryEntry::prompt).containsExactly("a heron", "a fox in snow", "an owl at night");
        assertThat(history().entries().get(1).uses()).isEqualTo(2);
    }

    @Test
    void keepsOnlyTheLast200() {
        JsonPromptHistory history = history();
        for (int i = 1; i <= 230; i++) {
            history.record("prompt " + i);
        }

        assertThat(history().entries()).hasSize(PromptHistory.LIMIT);
        assertThat(history().entries().get(0).prompt()).isEqualTo("prompt 230");
        assertThat(history().entries().get(199).prompt()).isEqualTo("prompt 31");
    }

    @Test
    void searchMatchesEveryWordIgnoringCase() {
        JsonPromptHistory history = history();
        history.record("A red fox in the snow");
        history.record("a red car");
        history.record("snow on a roof");

        assertThat(history.search("SNOW red")).extracting(HistoryEntry::prompt).containsExactly("A red fox in the snow");
        assertThat(history.search("")).hasSize(3);
    }

    @Test
    void removeAndClear() {
        JsonPromptHistory history = history();
        history.record("one");
        history.record("two");

        history.remove("one");
        assertThat(history().entries()).extracting(HistoryEntry::prompt).containsExactly("two");
        history.clear();
        assertThat(history().entries()).isEmpty();
    }

    @Test
    void unreadableFileIsKeptAsideAndANewHistoryStarts() throws Exception {
        Files.writeString(dir.resolve("prompt-history.json"), "{\"prompts\": [{\"prompt\": 1}]}");
        JsonPromptHistory history = history();

        history.record("after the crash");

        assertThat(history().entries()).extracting(HistoryEntry::prompt).containsExactly("after the crash");
        assertThat(dir.resolve("prompt-history.json.broken-20261125-200000")).hasContent("{\"prompts\": [{\"prompt\": 1}]}");
    }
}
