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
package org.sorastudio.queue.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @TempDir
    Path folder;

    @Test
    void clipBaseIsTimestampSlugAndVideoId() {
        assertThat(FileNames.clipBase(Instant.parse("2026-11-25T21:05:12Z"), "A lighthouse at dawn!", "video_123"))
                .isEqualTo("20261125-210512_a-lighthouse-at-dawn_video_123");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Crème brûlée, très chaud|creme-brulee-tres-chaud",
        "  --- ***  |clip",
        "東京の夜|clip",
        "'../../etc/passwd'|etc-passwd",
        "UPPER and lower 123|upper-and-lower-123",
    })
    void slugsAreLowerCaseAsciiWords(String prompt, String slug) {
        assertThat(FileNames.slug(prompt)).isEqualTo(slug);
    }

    @Test
    void longPromptsMakeShortSlugs() {
        assertThat(FileNames.slug("word ".repeat(100))).hasSizeLessThanOrEqualTo(FileNames.MAX_SLUG_CHARS)
                .doesNotEndWith("-");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CON|_CON",
        "nul|_nul",
        "com1.backup|_com1.backup",
        "LPT9|_LPT9",
        "console|console",
        "trailing dots...|trailing dots",
        "trailing space   |trailing space",
        "..|clip",
        "../../etc/passwd|_.._etc_passwd",
        ".hidden|hidden",
        "tab\there|tab_here",
    })
    void namesAreSafeOnEveryPlatform(String name, String safe) {
        assertThat(FileNames.sanitize(name)).isEqualTo(safe);
    }

    @Test
    void charactersSomePlatformRefusesBecomeUnderscores() {
        assertThat(FileNames.sanitize("a<b>c:d\"e/f\\g|h?i*j\u0001k")).isEqualTo("a_b_c_d_e_f_g_h_i_j_k");
    }

    @Test
    void namesFitFileSystemLimitsInBytesWithoutSplittingCharacters() {
        String name = FileNames.sanitize("é".repeat(300));
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BASE_BYTES);
        assertThat(name).matches("é+");
        String emoji = FileNames.sanitize("🎬".repeat(100));
        assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BASE_BYTES);
        assertThat(emoji.codePoints()).allMatch(cp -> cp == "🎬".codePointAt(0));
    }

    @Test
    void collisionsWithFilesOrClaimedNamesGetANumber() throws Exception {
        Files.writeString(folder.resolve("take.mp4"), "x");
        Files.writeString(folder.resolve("take-2.json"), "{}");
        assertThat(FileNames.unique(folder, "take", Set.of())).isEqualTo("take-3");
        assertThat(FileNames.unique(folder, "other", Set.of("other"))).isEqualTo("other-2");
        assertThat(FileNames.unique(folder, "Other", Set.of("other"))).isEqualTo("Other-2");
    }

    @Test
    void filesNeverLeaveTheirFolder() {
        assertThat(FileNames.inside(folder, "clip", ".mp4")).isEqualTo(folder.toAbsolutePath().resolve("clip.mp4"));
        assertThatThrownBy(() -> FileNames.inside(folder, "../escape", ".mp4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would leave the folder");
    }
}
