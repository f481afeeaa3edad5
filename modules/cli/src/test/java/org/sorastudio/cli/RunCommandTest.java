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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.queue.api.RenderQueue;

class RunCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningSimulator simulator = new RunningSimulator();

    @Test
    void rendersTheProjectIntoItsClipsFolderAndLaterOnlyTheShotsAddedSince() throws Exception {
        Path project = TestInputs.project(dir, List.of(TestInputs.shot("intro", "A harbour at dawn"),
                TestInputs.shot("middle", "Gulls over the pier")));
        CliProcess cli = new CliProcess(dir).apiKey(SimulatorFixture.KEY);

        CliProcess.Result first = cli.run("run", project.toString(), "--base-url", simulator.baseUrl().toString(), "--json");
        TestInputs.project(dir, List.of(TestInputs.shot("intro", "A harbour at dawn"),
                TestInputs.shot("middle", "Gulls over the pier"), TestInputs.shot("end", "Boats at dusk")));
        CliProcess.Result second = cli.run("run", project.toString(), "--base-url", simulator.baseUrl().toString(), "--json");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.last().get("completed").getAsInt()).isEqualTo(2);
        assertThat(Files.isRegularFile(RenderQueue.journalFor(project))).isTrue();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.events("started").get(0).get("resumed").getAsInt()).isEqualTo(2);
        assertThat(second.events("job")).allSatisfy(e -> assertThat(e.get("shot").getAsString()).isEqualTo("end"));
        assertThat(second.last().get("completed").getAsInt()).isEqualTo(3);
        assertThat(simulator.acceptedCreates()).isEqualTo(3);
        assertThat(TestInputs.clipsWithSidecars(dir.resolve("clips"))).hasSize(3);
    }

    @Test
    void anInvalidShotStopsTheProjectBeforeAnythingIsSent() throws Exception {
        Path project = TestInputs.project(dir, List.of(TestInputs.shot("intro", "A harbour at dawn"),
                TestInputs.shot("blank", " ")));

        CliProcess.Result result = new CliProcess(dir).apiKey(SimulatorFixture.KEY)
                .run("run", project.toString(), "--base-url", simulator.baseUrl().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.stderr()).contains("shot 2 (blank) (prompt): Write a prompt: it is required.", "nothing was submitted");
        assertThat(simulator.requestCount()).isZero();
    }

    @Test
    void aBrokenProjectFileIsNamedWithItsProblem() throws Exception {
        Path project = Files.writeString(dir.resolve("broken.sorastudio"), "{\"name\": \"no version\"}");

        CliProcess.Result result = new CliProcess(dir).apiKey(SimulatorFixture.KEY)
                .run("run", project.toString(), "--base-url", simulator.baseUrl().toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stderr()).contains("broken.sorastudio", "no schemaVersion");
    }
}
