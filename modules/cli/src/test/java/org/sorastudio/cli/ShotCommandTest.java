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

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ShotCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningSimulator simulator = new RunningSimulator();

    @Test
    void rendersOneShotWithJsonEventsWithoutEverLoadingTheWindowSystem() throws Exception {
        Path classLog = dir.resolve("classes.log");
        CliProcess cli = new CliProcess(dir).apiKey(SimulatorFixture.KEY).jvmOption("-Xlog:class+load=info:file=" + classLog);

        CliProcess.Result result = cli.run("shot", "--prompt", "A lighthouse at dawn", "--seconds", "4",
                "--base-url", simulator.baseUrl().toString(), "--output", "out", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.events().get(0).get("event").getAsString()).isEqualTo("started");
        JsonObject completed = result.events("job").stream()
                .filter(e -> e.get("state").getAsString().equals("completed")).findFirst().orElseThrow();
        assertThat(completed.get("shot").getAsString()).isEqualTo("shot");
        assertThat(completed.get("videoId").getAsString()).startsWith("video_");
        assertThat(Path.of(completed.get("file").getAsString())).isRegularFile().startsWith(dir.resolve("out"));
        assertThat(Path.of(completed.get("sidecar").getAsString())).isRegularFile();
        assertThat(result.events("job")).extracting(e -> e.get("state").getAsString())
                .contains("queued", "submitting", "in-progress", "downloading", "completed");
        JsonObject summary = result.last();
        assertThat(summary.get("event").getAsString()).isEqualTo("summary");
        assertThat(summary.get("completed").getAsInt()).isEqualTo(1);
        assertThat(summary.get("exitCode").getAsInt()).isZero();
        assertThat(simulator.acceptedCreates()).isEqualTo(1);
        List<String> loaded = Files.readAllLines(classLog);
        assertThat(loaded).isNotEmpty().noneMatch(line -> line.contains("javax.swing.") || line.contains("sun.awt.X11")
                || line.contains("java.awt.Window ") || line.contains("org.openide.windows"));
    }

    @Test
    void theSameCommandAgainResumesFromItsJournalInsteadOfGeneratingTwice() throws Exception {
        CliProcess cli = new CliProcess(dir).apiKey(SimulatorFixture.KEY);
        String[] args = {"shot", "--prompt", "A red kite over hills", "--base-url", simulator.baseUrl().toString(), "--output", "out"};

        CliProcess.Result first = cli.run(args);
        CliProcess.Result second = cli.run(args);

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.stdout()).contains("shot completed video_", "done: 1 completed, 0 failed");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.stdout()).contains("1 jobs from an earlier run", "done: 1 completed");
        assertThat(simulator.acceptedCreates()).isEqualTo(1);
        assertThat(TestInputs.clipsWithSidecars(dir.resolve("out"))).hasSize(1);
        assertThat(TestInputs.filesEndingWith(dir.resolve("out"), ".queue.json")).hasSize(1);
    }

    @Test
    void aShotTheApiWouldRefuseIsNotSent() throws Exception {
        CliProcess.Result result = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("shot", "--prompt", "A fox",
                "--seconds", "5", "--base-url", simulator.baseUrl().toString(), "--output", "out");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.stderr()).contains("the shot (seconds): sora-2 does not render 5 s clips; it takes 4, 8, 12 seconds.",
                "nothing was submitted");
        assertThat(simulator.requestCount()).isZero();
    }

    @Test
    void theSimulatorOptionRendersOnTheEmbeddedSimulatorWithoutAnyKey() throws Exception {
        CliProcess cli = new CliProcess(dir).jvmOption("-Dsim.renderMillisPerVideoSecond=10");

        CliProcess.Result result = cli.run("shot", "--prompt", "A paper boat", "--simulator", "--output", "out", "--quiet");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(TestInputs.clipsWithSidecars(dir.resolve("out"))).hasSize(1);
        assertThat(dir.resolve("userdir/simulator")).isDirectory();
    }
}
