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

class HelpAndUsageTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsAndEveryExitCode() throws Exception {
        CliProcess.Result result = new CliProcess(dir).run("--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("run", "batch", "shot", "simulator", "Exit codes:")
                .containsPattern("(?m)^\\s+0\\s+every job completed")
                .containsPattern("(?m)^\\s+2\\s+usage error")
                .containsPattern("(?m)^\\s+3\\s+invalid input")
                .containsPattern("(?m)^\\s+4\\s+some jobs failed")
                .containsPattern("(?m)^\\s+5\\s+no API key, or the server refused it")
                .containsPattern("(?m)^\\s+130\\s+interrupted");
    }

    @Test
    void subcommandHelpShowsItsOptionsAndTheExitCodes() throws Exception {
        CliProcess.Result result = new CliProcess(dir).run("batch", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("--template=NAME|FILE", "--csv=FILE", "--map=COLUMN=TARGET", "--dry-run",
                "--profile=NAME", "--base-url=URL", "--output=DIR", "--parallel=N", "--json", "--quiet", "--simulator",
                "Exit codes:");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() throws Exception {
        CliProcess cli = new CliProcess(dir);

        CliProcess.Result noCommand = cli.run();
        CliProcess.Result unknownOption = cli.run("shot", "--prompt", "x", "--colour", "red");
        CliProcess.Result missingOption = cli.run("batch", "--template", "Animals");
        CliProcess.Result badNumber = cli.run("shot", "--prompt", "x", "--seconds", "four");

        assertThat(noCommand.exitCode()).isEqualTo(2);
        assertThat(noCommand.stderr()).contains("Usage: sorastudio-cli");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.stderr()).contains("Unknown options: '--colour', 'red'", "Try 'sorastudio-cli shot --help'");
        assertThat(missingOption.exitCode()).isEqualTo(2);
        assertThat(missingOption.stderr()).contains("Missing required option: '--csv=FILE'");
        assertThat(badNumber.exitCode()).isEqualTo(2);
        assertThat(badNumber.stderr()).contains("four");
    }

    @Test
    void anUnknownTemplateOrProfileIsAUsageError() throws Exception {
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place", "fox,forest");
        CliProcess cli = new CliProcess(dir).apiKey(SimulatorFixture.KEY);

        CliProcess.Result template = cli.run("batch", "--template", "No such template", "--csv", csv.toString());
        CliProcess.Result profile = cli.run("shot", "--prompt", "x", "--profile", "Render farm");
        CliProcess.Result twoServers = cli.run("shot", "--prompt", "x", "--simulator", "--base-url", "http://127.0.0.1:1/v1");

        assertThat(template.exitCode()).isEqualTo(2);
        assertThat(template.stderr()).contains("\"No such template\" is neither a file nor a template in the library");
        assertThat(profile.exitCode()).isEqualTo(2);
        assertThat(profile.stderr()).contains("there is no profile \"Render farm\"", "\"Offline simulator\"");
        assertThat(twoServers.exitCode()).isEqualTo(2);
        assertThat(twoServers.stderr()).contains("give only one");
    }
}
