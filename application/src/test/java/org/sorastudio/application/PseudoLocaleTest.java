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
package org.sorastudio.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built studio under NbBundle's debug mode, the platform's pseudo-locale: every text loaded from a bundle
 * ends with a {@code (bundle:line)} mark (core's {@code Texts} marks engine messages the same way). With every
 * window open, each label, button, titled border, table header, tab and window title that has a word in it must
 * carry a mark: a text without one was written into the code, so no translation can reach it.
 */
class PseudoLocaleTest {

    private static final Pattern FROM_A_BUNDLE = Pattern.compile("\\(\\d+:\\d+\\)");
    private static final Pattern A_WORD = Pattern.compile("\\p{L}{2,}");

    @TempDir
    Path folder;

    @Test
    void everyTextInEveryWindowComesFromABundle() throws Exception {
        Path agent = WindowOpenerAgent.pack(folder);
        Path report = folder.resolve("texts.txt");
        try (StudioLaunch studio = StudioLaunch.start(StudioLaunch.builtApplication(), folder,
                "-J-Dorg.openide.util.NbBundle.DEBUG=true",
                "-J-javaagent:" + agent + "=" + report + "|" + WindowOpenerAgent.TEXTS)) {
            studio.awaitLine(report, WindowOpenerAgent.DONE);
            studio.quit();
        }
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).as("windows opened").noneMatch(line -> line.startsWith(WindowOpenerAgent.FAILED));
        List<String> texts = lines.stream().filter(line -> line.startsWith(WindowOpenerAgent.TEXT))
                .map(line -> line.substring(WindowOpenerAgent.TEXT.length()))
                .filter(text -> A_WORD.matcher(text.substring(text.indexOf(": ") + 2)).find()).toList();
        assertThat(texts.stream().filter(text -> FROM_A_BUNDLE.matcher(text).find()))
                .as("texts marked as loaded from a bundle (none means the debug mode did not reach the studio)")
                .hasSizeGreaterThan(80);
        assertThat(texts).as("texts written into the code instead of a bundle").allMatch(text -> FROM_A_BUNDLE.matcher(text).find());
    }
}
