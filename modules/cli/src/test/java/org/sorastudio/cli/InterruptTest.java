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
import org.sorastudio.simulator.SimulatorServer;

/** Ctrl+C mid-batch saves the queue and exits 130; the same command then resumes without a second create. */
class InterruptTest {

    @TempDir
    Path dir;

    @Test
    void sigintMidBatchSavesTheQueueAndTheSecondRunResumesWithoutDuplicates() throws Exception {
        Path template = TestInputs.template(dir);
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place", "fox,forest", "owl,barn", "seal,harbour", "hare,dunes",
                "crab,beach", "wren,hedge");
        String[] args = {"batch", "--template", template.toString(), "--csv", csv.toString(), "--output", "out",
            "--parallel", "2", "--base-url", null};
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorFixture.fast().renderMillisPerVideoSecond(300).build())) {
            args[args.length - 1] = simulator.baseUrl().toString();
            CliProcess cli = new CliProcess(dir).apiKey(SimulatorFixture.KEY);

            Process first = cli.start(args);
            awaitOutput(cli, first, "in-progress");
            new ProcessBuilder("kill", "-INT", Long.toString(first.pid())).inheritIO().start().waitFor();
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            long createdBeforeInterrupt = simulator.acceptedCreates();

            assertThat(first.exitValue()).as(cli.stdout() + cli.stderr()).isEqualTo(130);
            assertThat(cli.stderr()).contains("interrupted: the queue is saved in", "run the same command again to resume");
            assertThat(createdBeforeInterrupt).isBetween(1L, 5L);

            CliProcess.Result second = cli.run(args);

            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(second.stdout()).contains("6 jobs from an earlier run", "done: 6 completed, 0 failed");
            assertThat(simulator.acceptedCreates()).isEqualTo(6);
            assertThat(TestInputs.clipsWithSidecars(dir.resolve("out"))).hasSize(6);
            assertThat(TestInputs.filesEndingWith(dir.resolve("out"), ".queue.json")).hasSize(1);
        }
    }

    private static void awaitOutput(CliProcess cli, Process process, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(cli.stdoutFile()).contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + text + "\" from the CLI:\n" + cli.stdout() + cli.stderr());
            }
            Thread.sleep(20);
        }
    }
}
