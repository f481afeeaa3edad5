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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorCommandTest {

    @TempDir
    Path dir;

    @Test
    void servesTheSimulatorThatAnotherCliRunRendersOn() throws Exception {
        CliProcess server = new CliProcess(dir.resolve("server")).jvmOption("-Dsim.renderMillisPerVideoSecond=10");
        Files.createDirectories(dir.resolve("server"));
        Process process = server.start("simulator", "--port", "0");
        try {
            String baseUrl = awaitFirstLine(server, process);
            assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+/v1");

            CliProcess.Result shot = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("shot", "--prompt", "A kite",
                    "--base-url", baseUrl, "--output", "out", "--quiet");

            assertThat(shot.exitCode()).as(shot.toString()).isZero();
            assertThat(TestInputs.clipsWithSidecars(dir.resolve("out"))).hasSize(1);
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aBadPortIsAUsageError() throws Exception {
        CliProcess.Result result = new CliProcess(dir).run("simulator", "--port", "70000");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("--port: expected a TCP port 0..65535, got '70000'");
    }

    private static String awaitFirstLine(CliProcess cli, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            String out = Files.readString(cli.stdoutFile());
            if (out.contains("\n")) {
                return out.lines().findFirst().orElseThrow();
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the simulator printed no base URL:\n" + out + cli.stderr());
            }
            Thread.sleep(20);
        }
    }
}
