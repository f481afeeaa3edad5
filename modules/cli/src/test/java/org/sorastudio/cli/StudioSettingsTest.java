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
package org.sorastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What the CLI takes from the studio's user directory: profiles and the template library. */
class StudioSettingsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningSimulator simulator = new RunningSimulator();

    @Test
    void aProfileOfTheSettingsNamesTheServerAndTheKeyComesFromTheEnvironment() throws Exception {
        Files.createDirectories(dir.resolve("userdir"));
        Files.writeString(dir.resolve("userdir/config.json"), "{\"activeProfile\": \"Render farm\", \"profiles\": [{\"name\": "
                + "\"Render farm\", \"baseUrl\": \"" + simulator.baseUrl() + "\"}], \"parallelJobs\": 3}");

        CliProcess.Result result = new CliProcess(dir).apiKey(SimulatorFixture.KEY)
                .run("shot", "--prompt", "A farm at noon", "--profile", "Render farm", "--output", "out", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(simulator.acceptedCreates()).isEqualTo(1);
        assertThat(TestInputs.clipsWithSidecars(dir.resolve("out"))).hasSize(1);
    }

    @Test
    void aProfileWithoutAKeyInTheEnvironmentIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("userdir"));
        Files.writeString(dir.resolve("userdir/config.json"), "{\"profiles\": [{\"name\": \"Render farm\", \"baseUrl\": \""
                + simulator.baseUrl() + "\"}]}");

        CliProcess.Result result = new CliProcess(dir).run("shot", "--prompt", "A farm", "--profile", "Render farm");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.stderr()).contains("profile \"Render farm\" has no API key", "SORA_STUDIO_KEY_RENDER_FARM");
        assertThat(simulator.requestCount()).isZero();
    }

    @Test
    void aTemplateIsFoundByNameInTheLibrary() throws Exception {
        Files.createDirectories(dir.resolve("userdir"));
        Files.copy(TestInputs.template(dir), dir.resolve("userdir/templates.json"));
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place", "fox,forest");

        CliProcess.Result result = new CliProcess(dir).run("batch", "--template", "animals", "--csv", csv.toString(), "--dry-run");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("A fox in the forest", "1 shots, 4 seconds of video, estimated cost $0.40");
    }
}
