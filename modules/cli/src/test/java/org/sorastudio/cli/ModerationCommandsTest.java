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
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code batch --preflight} against the simulator, whose moderation flags "forbidden". */
class ModerationCommandsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningSimulator simulator = new RunningSimulator();

    private Path template;

    @BeforeEach
    void inputs() throws Exception {
        template = TestInputs.template(dir);
    }

    private CliProcess cli() {
        return new CliProcess(dir).apiKey(SimulatorFixture.KEY);
    }

    @Test
    void checkNamesTheCategoryTheWordAndARewriteAndSendsNoGeneration() throws Exception {
        CliProcess.Result flagged = cli().run("check", "--prompt", "A forbidden garden at night",
                "--base-url", simulator.baseUrl().toString());
        CliProcess.Result json = cli().run("check", "--prompt", "A forbidden garden at night",
                "--base-url", simulator.baseUrl().toString(), "--json");
        CliProcess.Result clean = cli().run("check", "--prompt", "A quiet garden at night",
                "--base-url", simulator.baseUrl().toString());

        assertThat(flagged.exitCode()).as(flagged.toString()).isEqualTo(3);
        assertThat(flagged.stdout()).contains("flagged: violence", "because of: \"forbidden\"", "try: A garden at night");
        JsonObject event = json.last();
        assertThat(event.get("flagged").getAsBoolean()).isTrue();
        assertThat(event.getAsJsonArray("triggers").get(0).getAsString()).isEqualTo("forbidden");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.stdout()).contains("passes the server's moderation check");
        assertThat(simulator.createRequests()).isZero();
    }

    @Test
    void aPreflightedBatchWithABlockedRowSendsNothing() throws Exception {
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place", "fox,forest", "forbidden beast,cave", "owl,barn");

        CliProcess.Result result = cli().run("batch", "--template", template.toString(), "--csv", csv.toString(), "--preflight",
                "--base-url", simulator.baseUrl().toString(), "--output", "out");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.stderr()).contains("would be blocked: rows.csv line 3 (violence): A forbidden beast in the cave",
                "3 prompts checked in 1 moderation requests, 1 would be blocked", "nothing was submitted");
        assertThat(simulator.createRequests()).isZero();
    }

    @Test
    void aPreflightedCleanBatchRuns() throws Exception {
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place", "fox,forest", "owl,barn");

        CliProcess.Result result = cli().run("batch", "--template", template.toString(), "--csv", csv.toString(), "--preflight",
                "--watch", "tiger", "--base-url", simulator.baseUrl().toString(), "--output", "out");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(simulator.acceptedCreates()).isEqualTo(2);
    }
}
