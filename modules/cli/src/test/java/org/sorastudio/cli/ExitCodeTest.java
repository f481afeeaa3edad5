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

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.simulator.SimulatorServer;

/** The exit codes the other tests do not reach: authentication, an exhausted quota, an unreachable server. */
class ExitCodeTest {

    @TempDir
    Path dir;

    @Test
    void aKeyTheServerRefusesExitsWithFiveNamingTheRequestIdAndSendsNoJob() throws Exception {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorFixture.fast().validKeys(Set.of("sk-right")).build())) {
            CliProcess.Result result = new CliProcess(dir).apiKey("sk-wrong").run("shot", "--prompt", "A fox",
                    "--base-url", simulator.baseUrl().toString(), "--output", "out");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(5);
            assertThat(result.stderr()).containsPattern("refused the API key: .*\\(HTTP 401\\) \\[request id \\S+]");
            assertThat(simulator.acceptedCreates()).isZero();
        }
    }

    @Test
    void noKeyAndNoServerExitsWithFiveAndSaysWhatToDo() throws Exception {
        CliProcess.Result result = new CliProcess(dir).run("shot", "--prompt", "A fox");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.stderr()).contains("no API key: set OPENAI_API_KEY", "--base-url", "--simulator");
    }

    @Test
    void anExhaustedQuotaStopsTheRunWithFourAndSaysHowToGoOn() throws Exception {
        Path template = TestInputs.template(dir);
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place", "fox,forest", "owl,barn");
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorFixture.fast().createQuota(1).build())) {
            CliProcess.Result result = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("batch", "--template",
                    template.toString(), "--csv", csv.toString(), "--base-url", simulator.baseUrl().toString(),
                    "--output", "out", "--parallel", "1", "--json");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
            assertThat(result.stderr()).contains("quota is exhausted", "run the same command again to go on");
            assertThat(result.last().get("completed").getAsInt()).isEqualTo(1);
            assertThat(result.last().get("unfinished").getAsInt()).isEqualTo(1);
            assertThat(simulator.acceptedCreates()).isEqualTo(1);
        }
    }

    @Test
    void anUnreachableServerExitsWithOne() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliProcess.Result result = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("shot", "--prompt", "A fox",
                "--base-url", "http://127.0.0.1:" + port + "/v1", "--output", "out");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderr()).contains("cannot reach the server http://127.0.0.1:" + port + "/v1");
    }
}
