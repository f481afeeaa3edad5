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
package org.sorastudio.core.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocaleFormatTest {

    private static final LocaleFormat GERMAN = LocaleFormat.of(Locale.GERMANY);
    private static final LocaleFormat JAPANESE = LocaleFormat.of(Locale.JAPAN);
    private static final LocaleFormat ENGLISH = LocaleFormat.of(Locale.US);

    @Test
    void germanGroupsWithDotsAndWritesDecimalsWithAComma() {
        assertThat(GERMAN.number(1234.5, 1)).isEqualTo("1.234,5");
        assertThat(GERMAN.integer(12000)).isEqualTo("12.000");
        assertThat(GERMAN.seconds(1.5)).isEqualTo("1,5");
        assertThat(GERMAN.bytes(3_400_000_000L)).isEqualTo("3,4 GB");
        assertThat(GERMAN.duration(Duration.ofSeconds(125))).isEqualTo("2 Min. 5 s");
    }

    @Test
    void japaneseGroupsWithCommasAndWritesItsOwnTimeUnits() {
        assertThat(JAPANESE.number(1234.5, 1)).isEqualTo("1,234.5");
        assertThat(JAPANESE.bytes(820_000_000L)).isEqualTo("820 MB");
        assertThat(JAPANESE.duration(Duration.ofSeconds(45))).isEqualTo("45秒");
        assertThat(JAPANESE.duration(Duration.ofSeconds(125))).isEqualTo("2分5秒");
        assertThat(JAPANESE.duration(Duration.ofMinutes(65))).isEqualTo("1時間5分");
        assertThat(JAPANESE.dateTime(Instant.parse("2026-12-02T12:00:00Z"))).contains("2026/12/0");
    }

    @Test
    void frenchWritesOctets() {
        assertThat(LocaleFormat.of(Locale.FRANCE).bytes(3_400_000_000L)).isEqualTo("3,4 Go");
        assertThat(LocaleFormat.of(Locale.FRANCE).bytes(1_500L)).isEqualTo("2 Ko");
    }

    @Test
    void aSmallFileIsNeverZeroKilobytesAndALanguageWithoutUnitsFallsBackToEnglish() {
        assertThat(ENGLISH.bytes(1)).isEqualTo("1 KB");
        assertThat(ENGLISH.bytes(0)).isEqualTo("0 KB");
        assertThat(LocaleFormat.of(Locale.forLanguageTag("it-IT")).duration(Duration.ofSeconds(3700))).isEqualTo("1 h 1 min");
        assertThat(ENGLISH.duration(Duration.ofSeconds(-5))).isEqualTo("0 s");
    }

    /** The formats are shared per locale (cells format as they paint), so threads formatting at once must not mix. */
    @Test
    void oneLocalesFormatsServeManyThreadsAtOnce() throws Exception {
        assertThat(LocaleFormat.of(Locale.GERMANY)).isSameAs(GERMAN);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                int offset = task;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int minutes = (i + offset) % 59 + 1;
                        int whole = (i + offset) % 900;
                        if (!GERMAN.duration(Duration.ofSeconds(60L * minutes + 5)).equals(minutes + " Min. 5 s")
                                || !GERMAN.number(whole + 0.5, 1).equals(whole + ",5")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(1, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
