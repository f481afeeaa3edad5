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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole job without the mouse, in the built studio on its embedded simulator (no key set): {@link KeyboardJobAgent}
 * presses real keys to open the Shot Editor from the Window menu, type a prompt, generate with Ctrl+Enter, go to the
 * Queue, select the job, play the finished clip with Enter, pause and play it with Space; each step is checked by what
 * the studio then shows (the focus, the prompt, the job table, the Play/Pause button, the player's clock).
 */
class KeyboardOnlyJobTest {

    @TempDir
    Path folder;

    @Test
    void aKeyboardUserWritesAShotGeneratesItAndPlaysTheClip() throws Exception {
        Path agent = WindowOpenerAgent.pack(folder, KeyboardJobAgent.class);
        Path report = folder.resolve("steps.txt");
        try (StudioLaunch studio = StudioLaunch.start(StudioLaunch.builtApplication(), folder, "--locale", "en",
                "-J-javaagent:" + agent + "=" + report)) {
            awaitEnd(studio, report);
            studio.quit();
        }
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).as("the steps").noneMatch(line -> line.startsWith(KeyboardJobAgent.FAILED))
                .contains(KeyboardJobAgent.STEP + "Ctrl+Enter: a job is in the queue",
                        KeyboardJobAgent.STEP + "Enter: the clip plays in the Player",
                        KeyboardJobAgent.STEP + "Space: paused", KeyboardJobAgent.STEP + "Space: playing again")
                .last().isEqualTo(KeyboardJobAgent.DONE);
    }

    /** Waits for the agent's last line: done, or failed (which the assertions then show with every step before it). */
    private static void awaitEnd(StudioLaunch studio, Path report) throws Exception {
        long end = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < end) {
            String steps = Files.isRegularFile(report) ? Files.readString(report) : "";
            if (steps.contains(KeyboardJobAgent.DONE) || steps.contains(KeyboardJobAgent.FAILED)) {
                return;
            }
            Thread.sleep(500);
        }
        studio.awaitLine(report, KeyboardJobAgent.DONE);
    }
}
