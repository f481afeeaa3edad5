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

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.simulator.SimulatorServer;

/**
 * A gateway that answers every create with a 5xx and has no list endpoint: the run ends within its maximum wait
 * with exit 4 and the jobs "unconfirmed", says how to resend them, and a later run checks them again first.
 */
class UnconfirmedCreateTest {

    @TempDir
    Path dir;

    @Test
    void createsTheServerCannotConfirmEndTheRunWithFourAndAreResentOnlyWhenAsked() throws Exception {
        Path state = dir.resolve("gateway-state");
        CliProcess cli = new CliProcess(dir).apiKey(SimulatorFixture.KEY);
        String baseUrl;
        try (SimulatorServer gateway = SimulatorServer.start(SimulatorFixture.fast().createServerError(502).listVideos(false)
                .stateDirectory(state).build())) {
            baseUrl = gateway.baseUrl().toString();
            String[] shot = {"shot", "--prompt", "A fox", "--base-url", baseUrl, "--output", "out", "--max-wait", "4s"};

            long start = System.nanoTime();
            CliProcess.Result first = cli.run(shot);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;

            assertThat(first.exitCode()).as(first.toString()).isEqualTo(4);
            assertThat(seconds).as("ends within the maximum wait, plus the JVM's start").isLessThan(15);
            assertThat(first.stderr()).contains("unconfirmed: the server may have received the create", "Invalid URL",
                    "[request id req_", "--resend-unconfirmed", "may be charged twice");
            assertThat(first.stdout()).contains("1 unconfirmed");
            assertThat(gateway.createRequests()).isEqualTo(1);

            CliProcess.Result again = cli.run(shot);

            assertThat(again.exitCode()).as(again.toString()).isEqualTo(4);
            assertThat(gateway.createRequests()).as("checked again, not sent again").isEqualTo(1);

            String[] resend = {"shot", "--prompt", "A fox", "--base-url", baseUrl, "--output", "out", "--max-wait", "4s",
                "--resend-unconfirmed"};
            CliProcess.Result resent = cli.run(resend);

            assertThat(resent.exitCode()).as(resent.toString()).isEqualTo(4);
            assertThat(gateway.createRequests()).as("sent again because the user asked").isEqualTo(2);
        }
        try (SimulatorServer recovered = SimulatorServer.start(SimulatorFixture.fast().stateDirectory(state).build())) {
            assertThat(recovered.baseUrl().toString()).isEqualTo(baseUrl);

            CliProcess.Result later = cli.run("shot", "--prompt", "A fox", "--base-url", baseUrl, "--output", "out");

            assertThat(later.exitCode()).as(later.toString()).isEqualTo(0);
            assertThat(later.stdout()).contains("completed");
            assertThat(recovered.acceptedCreates()).isEqualTo(1);
        }
    }

    @Test
    void aMaximumWaitThatIsNotATimeIsAUsageError() throws Exception {
        CliProcess.Result result = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("shot", "--prompt", "A fox",
                "--simulator", "--max-wait", "ten");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("--max-wait must be a time like 90s, 20m or 1h, was 'ten'");
    }
}
