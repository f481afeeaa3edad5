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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad input, all at once, in the built studio: a settings file edited by hand with an unknown field, a
 * wrong-typed value, a text size out of range, a theme class that is gone and the rest missing, and a language the
 * studio has no bundles for ({@code --locale it}, as the Language tab never writes but a user may). The studio starts
 * with the defaults for those values (FlatLaf, the look and feel's own text size, English), logs which settings it
 * reset, and shows no error. (The notification it shows is pictured by hand: see the closing note of issue 15.)
 */
class BadSettingsAtStartTest {

    @TempDir
    Path folder;

    @Test
    void unknownWrongTypedOutOfRangeMissingAndGoneValuesStartWithDefaultsAndAreNamed() throws Exception {
        Path userdir = folder.resolve("userdir");
        Files.createDirectories(userdir.resolve("sorastudio"));
        Files.writeString(userdir.resolve("sorastudio/config.json"), "{\"theme\": \"com.example.GoneLookAndFeel\","
                + " \"fontScalePercent\": 400, \"parallelJobs\": \"four\", \"colourScheme\": \"pink\"}", StandardCharsets.UTF_8);
        Files.createDirectories(userdir.resolve("etc"));
        Files.writeString(userdir.resolve("etc/sorastudio.conf"), "default_options=\"${default_options} --locale it\"\n",
                StandardCharsets.UTF_8);

        Path agent = WindowOpenerAgent.pack(folder, StudioLanguageAgent.class);
        Path report = folder.resolve("report.txt");
        try (StudioLaunch studio = StudioLaunch.start(StudioLaunch.builtApplication(), folder, "-J-javaagent:" + agent + "=" + report)) {
            studio.awaitLine(report, StudioLanguageAgent.FINISHED);
            studio.awaitLog("Settings reset at start:");
            String reset = Files.readAllLines(studio.log()).stream().filter(line -> line.contains("Settings reset at start:"))
                    .findFirst().orElseThrow();
            assertThat(reset).as("the settings named as reset")
                    .contains("Text size (was 400)", "Parallel jobs (was \"four\")", "colourScheme (unknown, ignored)",
                            "Theme (was com.example.GoneLookAndFeel");
            assertThat(studio.problems()).as("the only warnings: the settings file's resets and the gone theme")
                    .hasSize(2).allMatch(line -> line.contains("reset to their defaults or dropped") || line.contains("GoneLookAndFeel"));
            studio.quit();
        }
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).noneMatch(line -> line.startsWith(WindowOpenerAgent.FAILED));
        String lookAndFeel = lines.stream().filter(line -> line.startsWith(StudioLanguageAgent.LAF)).findFirst().orElseThrow();
        assertThat(lookAndFeel).as("the default theme instead of the gone one")
                .startsWith(StudioLanguageAgent.LAF + "com.formdev.flatlaf.");
        float own = Float.parseFloat(lines.stream().filter(line -> line.startsWith(StudioLanguageAgent.SIZE + "own "))
                .findFirst().orElseThrow().substring((StudioLanguageAgent.SIZE + "own ").length()));
        List<String> sized = lines.stream().filter(line -> line.startsWith(StudioLanguageAgent.SIZE) && !line.contains(" own "))
                .toList();
        assertThat(sized).as("labels and buttons at the look and feel's own size (100 %%, not 400 %%)").isNotEmpty()
                .allMatch(line -> Float.parseFloat(line.split(" ")[1]) <= own * 1.25f);
        assertThat(lines).as("the main menu in English, as for a language without bundles").contains(StudioLanguageAgent.MENU + "File");
    }
}
