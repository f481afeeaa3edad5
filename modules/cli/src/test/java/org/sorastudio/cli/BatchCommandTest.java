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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final RunningSimulator simulator = new RunningSimulator();
    private Path template;

    @BeforeEach
    void setUp() throws Exception {
        template = TestInputs.template(dir);
    }

    private CliProcess cli() {
        return new CliProcess(dir).apiKey(SimulatorFixture.KEY);
    }

    @Test
    void dryRunPrintsTheShotsTheirSecondsAndCostAndSendsNothing() throws Exception {
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place,seconds", "fox,forest,4", "owl,night sky,8", "hare,dunes,");

        CliProcess.Result plain = cli().run("batch", "--template", template.toString(), "--csv", csv.toString(), "--dry-run",
                "--base-url", simulator.baseUrl().toString());
        CliProcess.Result json = cli().run("batch", "--template", template.toString(), "--csv", csv.toString(), "--dry-run",
                "--json");

        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(plain.lines()).hasSize(4);
        assertThat(plain.stdout()).contains("line 2", "A fox in the forest", "A owl in the night sky", "A hare in the dunes",
                "3 shots, 16 seconds of video, estimated cost $1.60");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.events("shot")).hasSize(3).first().satisfies(shot -> {
            assertThat(shot.get("line").getAsInt()).isEqualTo(2);
            assertThat(shot.get("prompt").getAsString()).isEqualTo("A fox in the forest");
            assertThat(shot.get("seconds").getAsInt()).isEqualTo(4);
        });
        JsonObject summary = json.last();
        assertThat(summary.get("dryRun").getAsBoolean()).isTrue();
        assertThat(summary.get("shots").getAsInt()).isEqualTo(3);
        assertThat(summary.get("totalSeconds").getAsInt()).isEqualTo(16);
        assertThat(summary.get("estimatedUsd").getAsDouble()).isEqualTo(1.60);
        assertThat(simulator.requestCount()).isZero();
    }

    @Test
    void badRowsAreAllListedWithTheirLinesAndNothingIsSubmitted() throws Exception {
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place,seconds", "fox,forest,4", "owl,night,7", "cat,garden,abc",
                "dog,park,4");

        CliProcess.Result plain = cli().run("batch", "--template", template.toString(), "--csv", csv.toString(),
                "--base-url", simulator.baseUrl().toString(), "--output", "out");
        CliProcess.Result json = cli().run("batch", "--template", template.toString(), "--csv", csv.toString(),
                "--base-url", simulator.baseUrl().toString(), "--output", "out", "--json");

        assertThat(plain.exitCode()).as(plain.toString()).isEqualTo(3);
        assertThat(plain.stderr()).contains("rows.csv line 3 (seconds): sora-2 does not render 7 s clips",
                "rows.csv line 4 (seconds): \"abc\" is not a number of seconds", "nothing was submitted: 2 of 4 rows have problems.");
        assertThat(json.exitCode()).isEqualTo(3);
        assertThat(json.events("problem")).extracting(p -> p.get("line").getAsInt()).containsExactly(3, 4);
        assertThat(json.last().get("exitCode").getAsInt()).isEqualTo(3);
        assertThat(simulator.requestCount()).isZero();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aReferenceThatIsNotAnImageStopsTheDryRunAndTheRunNamingItsRowBeforeAnyCreate() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.png"), "shot list: fox, owl\n");
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place,reference", "fox,forest,", "owl,night sky," + notes);

        CliProcess.Result dryRun = cli().run("batch", "--template", template.toString(), "--csv", csv.toString(), "--dry-run",
                "--base-url", simulator.baseUrl().toString());
        CliProcess.Result run = cli().run("batch", "--template", template.toString(), "--csv", csv.toString(),
                "--base-url", simulator.baseUrl().toString(), "--output", "out");

        for (CliProcess.Result result : List.of(dryRun, run)) {
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
            assertThat(result.stderr()).as(result.toString()).contains("rows.csv line 3 (reference)",
                    "notes.png is not an image Sora Studio can read (JPEG, PNG, WebP, BMP, TIFF or GIF).",
                    "nothing was submitted: 1 of 2 rows have problems.");
        }
        assertThat(simulator.createRequests()).isZero();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void rendersEveryRowWithPlainLinesAndMapsRenamedColumns() throws Exception {
        Path csv = TestInputs.csv(dir, "rows.csv", "creature,where", "fox,forest", "owl,barn", "seal,harbour");

        CliProcess.Result result = cli().run("batch", "--template", template.toString(), "--csv", csv.toString(),
                "--map", "creature=animal", "--map", "where=place", "--base-url", simulator.baseUrl().toString(),
                "--output", "out", "--parallel", "3");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("line-2-1 completed video_", "line-3-1 completed", "line-4-1 completed",
                "done: 3 completed, 0 failed, 0 cancelled, 0 unfinished of 3 jobs");
        assertThat(result.stderr()).isEmpty();
        assertThat(simulator.acceptedCreates()).isEqualTo(3);
        assertThat(TestInputs.clipsWithSidecars(dir.resolve("out"))).hasSize(3)
                .anySatisfy(clip -> assertThat(clip.getFileName().toString()).contains("a-seal-in-the-harbour"));
    }

    @Test
    void aModerationBlockedJobFailsTheRunWithTheReasonAndRequestId() throws Exception {
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place", "fox,forest", "forbidden beast,cave");

        CliProcess.Result result = cli().run("batch", "--template", template.toString(), "--csv", csv.toString(),
                "--base-url", simulator.baseUrl().toString(), "--output", "out", "--json");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
        JsonObject failed = result.events("job").stream().filter(e -> e.get("state").getAsString().equals("failed"))
                .findFirst().orElseThrow();
        assertThat(failed.get("shot").getAsString()).isEqualTo("line-3-1");
        assertThat(failed.get("requestId").getAsString()).isNotBlank();
        assertThat(result.stderr()).containsPattern("error: shot line-3-1 failed: .*moderation.*\\[request id \\S+]")
                .contains("  next: Rewrite the prompt");
        assertThat(failed.get("errorKind").getAsString()).isEqualTo("MODERATION");
        assertThat(failed.get("errorCode").getAsString()).isEqualTo("moderation_blocked");
        assertThat(failed.get("nextStep").getAsString()).startsWith("Rewrite the prompt");
        JsonObject summary = result.last();
        assertThat(summary.get("completed").getAsInt()).isEqualTo(1);
        assertThat(summary.get("failed").getAsInt()).isEqualTo(1);
        assertThat(summary.get("exitCode").getAsInt()).isEqualTo(4);
        assertThat(TestInputs.clipsWithSidecars(dir.resolve("out"))).hasSize(1);
    }

    @Test
    void anUnknownMapTargetIsAUsageError() throws Exception {
        Path csv = TestInputs.csv(dir, "rows.csv", "animal,place", "fox,forest");

        CliProcess.Result result = cli().run("batch", "--template", template.toString(), "--csv", csv.toString(),
                "--map", "animal=beast", "--dry-run");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("--map animal=beast: the template has no placeholder {beast}", "Placeholders: animal, place");
    }
}
