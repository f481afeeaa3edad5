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
package org.sorastudio.core.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.project.ProjectFormat;

/** Kills a JVM that saves and autosaves non-stop (SIGKILL, like {@code kill -9}) and loads what it left. */
class KillDuringAutosaveTest {

    private static final int KILLS = 8;

    @TempDir
    Path folder;

    @Test
    void everyKillLeavesALoadableProjectAndRecovery() throws Exception {
        Random random = new Random(42);
        ProjectFormat format = new ProjectFormat(List.of());
        int recovered = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dsorastudio.userdir=" + folder.resolve("userdir"),
                    AutosaveCrashChild.class.getName(), folder.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("READY");
                assertThat(out.readLine()).isEqualTo(AutosaveCrashChild.AUTOSAVED);
                Thread.sleep(50 + random.nextInt(400));
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            assertThat(format.read(folder.resolve("crash.sorastudio")).shots()).as("after kill %d", kill).isNotNull();
            // Right after a save there is nothing to recover; otherwise the recovery file itself must load.
            Path recovery = folder.resolve("autosave/recovery.json");
            if (Files.exists(recovery)) {
                recovered++;
                JsonObject json = JsonDataFile.read(recovery);
                assertThat(format.fromJson(json.getAsJsonObject("project"), recovery).shots())
                        .as("recovery after kill %d", kill).isNotEmpty();
            }
        }
        assertThat(recovered).as("kills that hit unsaved work").isPositive();
        assertThat(folder.resolve("crash.sorastudio").toFile().length()).isGreaterThan(1000);
    }
}
