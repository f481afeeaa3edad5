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
package org.sorastudio.templates.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.Template;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.core.spi.ModelSpec;
import org.sorastudio.templates.csv.CsvSettings;
import org.sorastudio.templates.pattern.PatternProblem;
import org.sorastudio.templates.pattern.PatternProblem.Kind;

class BatchPlanTest {

    /** Prices chosen so the expected cost is easy to check by hand. */
    private static final ModelCatalog CATALOG = () -> List.of(
            new ModelSpec("sora-2", List.of("1280x720", "720x1280"), List.of(4, 8, 12), 0.10, null),
            new ModelSpec("sora-2-pro", List.of("1280x720", "720x1280", "1792x1024", "1024x1792"), List.of(4, 8, 12), 0.30, null),
            new ModelSpec("free-model", List.of("1280x720"), List.of(4), 0, null));

    /** A sheet with one good row, one good two-line row and a row for each way a row can be wrong. */
    private static final String SHEET = String.join("\n",
            "subject,model,size,seconds,image,notes",
            "fox,sora-2,1280x720,4,,first",
            "owl,sora2,1280x720,4,,",
            "bat,sora-2,1792x1024,4,,",
            "cat,sora-2,1280x720,abc,,",
            "\"dog",
            "on two lines\",sora-2-pro,1792x1024,8,refs/dog.png,",
            "emu,sora-2,1280x720,5,,",
            "yak,sora-2,1280x720,4,refs/missing.png,",
            ",sora-2,1280x720,4,,",
            "ant,sora-2",
            "");

    @TempDir
    Path dir;
    private Path csv;
    private final BatchExpander expander = new BatchExpander(CATALOG);

    @BeforeEach
    void writeSheet() throws Exception {
        csv = Files.writeString(dir.resolve("shots.csv"), SHEET, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("refs"));
        Files.write(dir.resolve("refs/dog.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    }

    @Test
    void mappingIsSuggestedFromColumnNames() throws Exception {
        BatchPlan plan = expander.plan(BatchRequest.of("{subject}", csv, CsvSettings.defaults()));

        assertThat(plan.mapping().variables()).containsExactly(java.util.Map.entry("subject", "subject"));
        assertThat(plan.mapping().parameters()).containsOnly(
                java.util.Map.entry(ShotParameter.MODEL, "model"), java.util.Map.entry(ShotParameter.SIZE, "size"),
                java.util.Map.entry(ShotParameter.SECONDS, "seconds"), java.util.Map.entry(ShotParameter.REFERENCE_IMAGE, "image"));
        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNUSED_COLUMN);
            assertThat(p.blocking()).isFalse();
            assertThat(p).hasToString("column 6 \"notes\": no placeholder and no shot parameter uses this column.");
        });
        assertThat(plan.isRunnable()).isTrue();
    }

    @Test
    void validationNamesEveryBadRowWithItsLineAndReason() throws Exception {
        BatchReport report = expander.plan(BatchRequest.of("{subject}", csv, CsvSettings.defaults())).validate();

        assertThat(report.rowProblems()).extracting(RowProblem::toString).containsExactly(
                "line 3 (model): \"sora2\" is not a known model (sora-2, sora-2-pro, free-model); check the spelling, "
                        + "or allow unknown models when the server offers others.",
                "line 4 (size): sora-2 does not render 1792x1024; it takes 1280x720, 720x1280.",
                "line 5 (seconds): \"abc\" is not a number of seconds; write a positive whole number such as 4.",
                "line 8 (seconds): sora-2 does not render 5 s clips; it takes 4, 8, 12 seconds.",
                "line 9 (reference): The reference image " + dir.resolve("refs/missing.png") + " does not exist.",
                "line 10 (prompt): Write a prompt: it is required.",
                "line 11 (row): the row has 2 fields but the header has 6; a delimiter or quote is probably missing.");
        assertThat(report.readFailure()).isNull();
        assertThat(report.runnable()).isTrue();
    }

    @Test
    void summaryCountsShotsSecondsAndCost() throws Exception {
        BatchSummary summary = expander.plan(BatchRequest.of("{subject}", csv, CsvSettings.defaults())).validate().summary();

        assertThat(summary.rows()).isEqualTo(9);
        assertThat(summary.shots()).isEqualTo(9);
        assertThat(summary.validShots()).isEqualTo(2);
        assertThat(summary.invalidShots()).isEqualTo(7);
        assertThat(summary.badRows()).isEqualTo(7);
        assertThat(summary.totalSeconds()).isEqualTo(12);
        assertThat(summary.estimatedUsd()).isCloseTo(4 * 0.10 + 8 * 0.30, within(1e-9));
        assertThat(summary.unpricedShots()).isZero();
    }

    @Test
    void previewShowsTheFirstShotsWithTheirProblems() throws Exception {
        List<PlannedShot> preview = expander.plan(BatchRequest.of("A {subject} at dawn", csv, CsvSettings.defaults())).preview(5);

        assertThat(preview).extracting(PlannedShot::line).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(preview).extracting(p -> p.shot().prompt())
                .containsExactly("A fox at dawn", "A owl at dawn", "A bat at dawn", "A cat at dawn", "A dog\non two lines at dawn");
        assertThat(preview).extracting(PlannedShot::valid).containsExactly(true, false, false, false, true);
        assertThat(preview.get(4).shot()).satisfies(shot -> {
            assertThat(shot.model()).isEqualTo("sora-2-pro");
            assertThat(shot.size()).isEqualTo("1792x1024");
            assertThat(shot.seconds()).isEqualTo(8);
            assertThat(shot.referenceImage()).isEqualTo(dir.resolve("refs/dog.png").toString());
        });
    }

    @Test
    void validShotsStreamOnlyTheGoodOnes() throws Exception {
        BatchPlan plan = expander.plan(BatchRequest.of("{subject}", csv, CsvSettings.defaults()));

        try (Stream<Shot> shots = plan.validShots()) {
            assertThat(shots.map(Shot::prompt)).containsExactly("fox", "dog\non two lines");
        }
    }

    @Test
    void validShotsGoToTheQueueInChunks() throws Exception {
        Path sheet = Files.writeString(dir.resolve("many.csv"), "subject\n" + "fox\n".repeat(7));
        List<Integer> chunkSizes = new java.util.ArrayList<>();
        org.sorastudio.core.spi.GenerationQueue queue = shots -> chunkSizes.add(shots.size());

        long sent = expander.plan(BatchRequest.of("{subject} {a|b}", sheet, CsvSettings.defaults())).sendValidShots(queue::enqueue, 5);

        assertThat(sent).isEqualTo(14);
        assertThat(chunkSizes).containsExactly(5, 5, 4);
    }

    @Test
    void templateDefaultsFillWhatTheSheetLeavesOut() throws Exception {
        Path sheet = Files.writeString(dir.resolve("plain.csv"), "subject,seconds\nfox,\nowl,12\n");
        Template template = new Template("t", "Dawn", "{subject}", "sora-2-pro", "1024x1792", 8, List.of(), "", false);

        try (Stream<Shot> shots = expander.plan(BatchRequest.of(template, sheet, CsvSettings.defaults())).validShots()) {
            assertThat(shots).extracting(Shot::model, Shot::size, Shot::seconds).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("sora-2-pro", "1024x1792", 8),
                    org.assertj.core.groups.Tuple.tuple("sora-2-pro", "1024x1792", 12));
        }
    }

    @Test
    void alternativesMultiplyShotsAndProblemsAreListedOncePerRow() throws Exception {
        Path sheet = Files.writeString(dir.resolve("alt.csv"), "subject,model\nfox,sora-2\nowl,nope\n");
        BatchRequest request = BatchRequest.of("{subject} in {rain|snow|fog}", sheet, CsvSettings.defaults())
                .withOutputNamePattern("{subject}-{row}-{variant}-{n}");

        BatchPlan plan = expander.plan(request);
        BatchReport report = plan.validate();

        assertThat(plan.preview(10)).extracting(p -> p.shot().prompt(), p -> p.shot().overrides().get(Shot.OUTPUT_NAME))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fox in rain", "fox-2-1-1"),
                        org.assertj.core.groups.Tuple.tuple("fox in snow", "fox-2-2-2"),
                        org.assertj.core.groups.Tuple.tuple("fox in fog", "fox-2-3-3"),
                        org.assertj.core.groups.Tuple.tuple("owl in rain", "owl-3-1-4"),
                        org.assertj.core.groups.Tuple.tuple("owl in snow", "owl-3-2-5"),
                        org.assertj.core.groups.Tuple.tuple("owl in fog", "owl-3-3-6"));
        assertThat(report.summary().shots()).isEqualTo(6);
        assertThat(report.summary().validShots()).isEqualTo(3);
        assertThat(report.summary().badRows()).isEqualTo(1);
        assertThat(report.rowProblems()).singleElement().extracting(RowProblem::line).isEqualTo(3L);
    }

    @Test
    void outputNameColumnIsMadeSafeForFileNames() throws Exception {
        Path sheet = Files.writeString(dir.resolve("names.csv"), "subject,output name\nfox,fox: take 1?\n");

        List<PlannedShot> preview = expander.plan(BatchRequest.of("{subject}", sheet, CsvSettings.defaults())).preview(1);

        assertThat(preview.get(0).shot().overrides()).containsEntry(Shot.OUTPUT_NAME, "fox_ take 1_");
    }

    @Test
    void planProblemsNameUndefinedVariablesUnknownColumnsAndBadPatterns() throws Exception {
        BatchRequest request = BatchRequest.of("{Subject} under {sky} {", csv, CsvSettings.defaults())
                .withOutputNamePattern("{subject}-{a|b}")
                .withMapping(ColumnMapping.empty().withVariable("subject", "subject").withParameter(ShotParameter.MODEL, "engine"));

        BatchPlan plan = expander.plan(request);

        assertThat(plan.isRunnable()).isFalse();
        assertThat(plan.problems()).filteredOn(PatternProblem::blocking).extracting(PatternProblem::toString).containsExactly(
                "prompt, line 1, column 23: \"{\" is not closed on its line; close it with \"}\" or write \"{{\" for a literal brace.",
                "prompt, line 1, column 1: {Subject} has no value. Did you mean {subject}? Names are case-sensitive.",
                "prompt, line 1, column 17: {sky} has no value. Known names: subject, row, n, variant; or give it a default: {sky=...}.",
                "output name, line 1, column 11: an output name is one name, so it cannot hold alternatives; "
                        + "use {variant} to tell the prompt's variants apart.",
                "mapping: the CSV file has no column \"engine\"; its columns are subject, model, size, seconds, image, notes.");
        assertThat(plan.problems()).filteredOn(p -> !p.blocking()).extracting(PatternProblem::kind)
                .containsOnly(Kind.UNUSED_COLUMN).hasSize(1);
        assertThatThrownBy(plan::validShots).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The batch cannot run: prompt, line 1, column 23");
        assertThat(plan.validate().runnable()).isFalse();
    }

    @Test
    void fixingTheMappingMakesThePlanRunnable() throws Exception {
        BatchRequest wrong = BatchRequest.of("{subject}", csv, CsvSettings.defaults())
                .withMapping(ColumnMapping.empty().withVariable("subject", "notes"));
        BatchPlan before = expander.plan(wrong);
        assertThat(before.preview(1).get(0).shot().prompt()).isEqualTo("first");

        BatchPlan after = expander.plan(wrong.withMapping(before.mapping().withVariable("subject", "subject")));

        assertThat(after.preview(1).get(0).shot().prompt()).isEqualTo("fox");
    }

    @Test
    void tooManyCombinationsStopsBeforeReadingRows() throws Exception {
        BatchPlan plan = expander.plan(BatchRequest.of("{subject} {a|b|c} {d|e}", csv, CsvSettings.defaults()).withMaxCombinations(5));

        assertThat(plan.problems()).first().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.TOO_MANY_COMBINATIONS);
            assertThat(p.message()).startsWith("The alternatives make 3 × 2 = 6 prompts; the limit is 5.");
        });
        assertThat(plan.preview(5)).isEmpty();
        assertThat(plan.validate().summary().shots()).isZero();
        assertThatThrownBy(plan::plannedShots).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The alternatives make 3 × 2 = 6 prompts");
    }

    @Test
    void unknownModelsCanBeAllowedForGateways() throws Exception {
        Path sheet = Files.writeString(dir.resolve("gw.csv"), "subject,model\nfox,gateway-video-1\nowl,free-model\n");

        BatchReport report = expander.plan(BatchRequest.of("{subject}", sheet, CsvSettings.defaults()).withUnknownModelsAllowed(true))
                .validate();

        assertThat(report.summary().validShots()).isEqualTo(2);
        assertThat(report.summary().unpricedShots()).isEqualTo(2);
        assertThat(report.rowProblems()).singleElement().satisfies(p -> {
            assertThat(p.blocking()).isFalse();
            assertThat(p.message()).contains("not in the model catalog");
        });
    }

    @Test
    void aFileThatBreaksPartWayIsReportedAndNotRunnable() throws Exception {
        Path sheet = Files.writeString(dir.resolve("broken.csv"), "subject\nfox\n\"owl\nbat\n");

        BatchReport report = expander.plan(BatchRequest.of("{subject}", sheet, CsvSettings.defaults())).validate();

        assertThat(report.summary().validShots()).isEqualTo(1);
        assertThat(report.readFailure()).startsWith("broken.csv, line 3: a quoted field starts in this record and is never closed");
        assertThat(report.runnable()).isFalse();
    }

    @Test
    void validationReportsProgressAndCanBeStopped() throws Exception {
        List<Long> lines = new java.util.ArrayList<>();

        BatchReport report = expander.plan(BatchRequest.of("{subject}", csv, CsvSettings.defaults()))
                .validate((line, shots) -> lines.add(line) && shots < 3);

        assertThat(lines).containsExactly(2L, 3L, 4L);
        assertThat(report.summary().shots()).isEqualTo(3);
        assertThat(report.readFailure()).isEqualTo("Validation was stopped at line 4; the rest of the file was not checked.");
        assertThat(report.runnable()).isFalse();
    }

    @Test
    void catalogComesFromLookup() throws Exception {
        BatchReport report = BatchExpander.withLookupCatalog().plan(BatchRequest.of("{subject}", csv, CsvSettings.defaults())).validate();

        assertThat(report.summary().validShots()).isEqualTo(2);
        assertThat(report.summary().estimatedUsd()).isPositive();
    }

    @Test
    void aReferenceThatIsNotAnImageAndAnOutputPathStopTheBatchBeforeAnythingIsSent() throws Exception {
        Files.writeString(dir.resolve("refs/notes.png"), "just text");
        Path sheet = Files.writeString(dir.resolve("named.csv"), String.join("\n", "subject,image,output",
                "fox,refs/dog.png,fox-clip", "owl,refs/notes.png,owl", "bat,,../../outside", ""));

        BatchReport report = expander.plan(BatchRequest.of("{subject}", sheet, CsvSettings.defaults())).validate();

        assertThat(report.summary().badRows()).isEqualTo(2);
        assertThat(report.rowProblems()).extracting(RowProblem::toString).containsExactly(
                "line 3 (reference): The reference image " + dir.resolve("refs/notes.png")
                        + " is not a JPEG, PNG or WebP image (the formats the API takes).",
                "line 4 (output name): \"../../outside\" is a path; the output column takes a file name, and the clip always goes "
                        + "into the output folder.");
        try (var shots = expander.plan(BatchRequest.of("{subject}", sheet, CsvSettings.defaults())).plannedShots()) {
            assertThat(shots.findFirst().orElseThrow().shot().overrides()).containsEntry(Shot.OUTPUT_NAME, "fox-clip");
        }
    }

    @Test
    void thousandsOfUnusedColumnsAreOneWarning() throws Exception {
        StringBuilder header = new StringBuilder("subject");
        StringBuilder row = new StringBuilder("fox");
        for (int i = 1; i < 5000; i++) {
            header.append(",c").append(i);
            row.append(",x");
        }
        Path wide = Files.writeString(dir.resolve("wide.csv"), header + "\n" + row + "\n");

        BatchPlan plan = expander.plan(BatchRequest.of("{subject}", wide, CsvSettings.defaults()));

        assertThat(plan.problems()).singleElement().hasToString("columns: 4,999 columns are not used: \"c1\", \"c2\", \"c3\", "
                + "\"c4\", \"c5\", \"c6\", \"c7\", \"c8\", \"c9\", \"c10\", ... (4,989 more); "
                + "no placeholder and no shot parameter uses them.");
    }
}
