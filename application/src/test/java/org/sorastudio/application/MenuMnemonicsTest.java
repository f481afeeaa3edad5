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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built studio in each of its languages ({@code --locale}): every entry the studio's modules put in the main
 * window's menus (File, Window, Help, ...) has a mnemonic, and none shares its letter with another entry of the same
 * menu (the platform's own or ours), so Alt+menu letter then the entry's letter always reaches it.
 * {@link MenuMnemonicsAgent} reads the menus inside the running studio.
 */
class MenuMnemonicsTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr", "de", "ja"})
    void everyMenuEntryOfOursHasItsOwnMnemonic(String language) throws Exception {
        Path agent = WindowOpenerAgent.pack(folder, MenuMnemonicsAgent.class);
        Path report = folder.resolve("menus.txt");
        try (StudioLaunch studio = StudioLaunch.start(StudioLaunch.builtApplication(), folder, "--locale", language,
                "-J-javaagent:" + agent + "=" + report)) {
            studio.awaitLine(report, MenuMnemonicsAgent.DONE);
            studio.quit();
        }
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).as("the agent read the menus").noneMatch(line -> line.startsWith(MenuMnemonicsAgent.FAILED));
        Set<String> ours = lines.stream().filter(line -> line.startsWith(MenuMnemonicsAgent.OURS))
                .map(line -> line.substring(MenuMnemonicsAgent.OURS.length()).replace("&", "")).collect(Collectors.toSet());
        List<String[]> items = lines.stream().filter(line -> line.startsWith(MenuMnemonicsAgent.ITEM))
                .map(line -> line.substring(MenuMnemonicsAgent.ITEM.length()).split("\\|", 3)).toList();
        List<String[]> ourItems = items.stream().filter(item -> ours.contains(item[2])).toList();
        assertThat(ourItems).as("the studio's menu entries found among %s", ours).hasSizeGreaterThan(15);
        List<String> problems = new ArrayList<>();
        for (String[] item : ourItems) {
            if (item[1].equals("-")) {
                problems.add(item[0] + " > " + item[2] + " has no mnemonic");
            }
            items.stream().filter(other -> other != item && other[0].equals(item[0]) && other[1].equals(item[1]) && !item[1].equals("-"))
                    .forEach(other -> problems.add(item[0] + ": Alt+" + item[1] + " on both " + item[2] + " and " + other[2]));
        }
        assertThat(problems).as("menus in %s:%n%s", language, String.join("\n", lines)).isEmpty();
    }
}
