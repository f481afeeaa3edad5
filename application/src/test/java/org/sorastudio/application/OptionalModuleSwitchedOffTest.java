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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each optional module switched off the way Tools > Plugins does it (its status file in the user
 * directory says {@code enabled=false}), and all of them at once: the built studio starts, every
 * window of the remaining modules opens, none of the switched-off module's windows exists, and
 * nothing is logged as SEVERE or WARNING.
 */
class OptionalModuleSwitchedOffTest {

    /** The optional modules, one run each, and one run with all of them off. */
    static final List<List<String>> SWITCHED_OFF = Stream.concat(
            OptionalModulesStandAloneTest.OPTIONAL.stream().map(List::of),
            Stream.of(OptionalModulesStandAloneTest.OPTIONAL)).toList();

    @TempDir
    static Path shared;

    private static Path agent;

    @TempDir
    Path folder;

    @BeforeAll
    static void packAgent() throws IOException {
        agent = WindowOpenerAgent.pack(shared);
    }

    @ParameterizedTest(name = "switched off: {0}")
    @FieldSource("SWITCHED_OFF")
    void theRestOfTheStudioWorks(List<String> off) throws Exception {
        Path app = StudioLaunch.builtApplication();
        for (String module : off) {
            switchOff(app, folder.resolve("userdir"), module);
        }
        Path report = folder.resolve("windows.txt");
        try (StudioLaunch studio = StudioLaunch.start(app, folder, "-J-javaagent:" + agent + "=" + report)) {
            studio.awaitLog(StudioLaunch.READY);
            studio.awaitLine(report, WindowOpenerAgent.DONE);
            Thread.sleep(1000);
            studio.quit();

            String log = Files.readString(studio.log());
            List<String> windows = Files.readAllLines(report);
            assertThat(windows).as("windows opened").filteredOn(line -> line.startsWith(WindowOpenerAgent.FAILED)).isEmpty();
            assertThat(windows).as("windows opened").anyMatch(line -> line.contains("org.sorastudio."));
            for (String module : off) {
                assertThat(log).as("modules turned on").doesNotContain("\t" + module + " [");
                assertThat(windows).as("windows opened").noneMatch(line -> line.contains(" " + module + "."));
            }
            OptionalModulesStandAloneTest.OPTIONAL.stream().filter(module -> !off.contains(module))
                    .forEach(module -> assertThat(log).as("modules turned on").contains("\t" + module + " ["));
            assertThat(studio.problems()).as("problems logged by %s", studio.log()).isEmpty();
        }
    }

    /** What Tools > Plugins writes when the user deactivates a module: its status with enabled=false. */
    private static void switchOff(Path app, Path userdir, String module) throws IOException {
        String status = "config/Modules/" + module.replace('.', '-') + ".xml";
        String enabled = Files.readString(app.resolve("sorastudio").resolve(status));
        assertThat(enabled).contains("<param name=\"enabled\">true</param>");
        Path target = userdir.resolve(status);
        Files.createDirectories(target.getParent());
        Files.writeString(target, enabled.replace("<param name=\"enabled\">true</param>", "<param name=\"enabled\">false</param>"));
    }
}
