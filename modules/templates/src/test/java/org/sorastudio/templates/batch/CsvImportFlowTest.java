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
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.Template;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.templates.csv.CsvDelimiter;
import org.sorastudio.templates.csv.CsvDetection;
import org.sorastudio.templates.csv.CsvDetector;
import org.sorastudio.templates.csv.CsvEncoding;
import org.sorastudio.templates.pattern.PatternProblem;

/** The wizard's steps, headless, on a spreadsheet export with a few deliberately bad rows. */
class CsvImportFlowTest {

    @TempDir
    Path dir;

    @Test
    void detectMapFixPreviewValidateAndQueue() throws Exception {
        Path sheet = Files.writeString(dir.resolve("Café shots.csv"), String.join("\r\n",
                "Héros;engine;durée;Notes",
                "renard;sora-2;4;ok",
                "hibou;sora-2-pro;8;ok",
                "chat;sora-3;4;unknown model",
                "chien;sora-2;7;bad length",
                "ours;sora-2;huit;not a number",
                "loup;sora-2-pro;12;ok",
                ""), Charset.forName("windows-1252"));
        Template template = new Template("t", "Forest", "A {héros} in a {misty|sunlit} forest", "sora-2", "1280x720", 4,
                List.of(), "", false);
        BatchExpander expander = BatchExpander.withLookupCatalog();

        CsvDetection detection = CsvDetector.detect(sheet);
        assertThat(detection.encoding()).isEqualTo(CsvEncoding.WINDOWS_1252);
        assertThat(detection.delimiter()).isEqualTo(CsvDelimiter.SEMICOLON);

        BatchPlan first = expander.plan(BatchRequest.of(template, sheet, detection.settings()));
        assertThat(first.mapping().variables()).containsEntry("héros", "Héros");
        assertThat(first.mapping().parameters()).isEmpty();
        assertThat(first.problems()).extracting(PatternProblem::toString).containsExactly(
                "columns: 3 columns are not used: \"engine\", \"durée\", \"Notes\"; no placeholder and no shot parameter uses them.");

        ColumnMapping fixed = first.mapping().withParameter(ShotParameter.MODEL, "engine").withParameter(ShotParameter.SECONDS, "durée");
        BatchPlan plan = expander.plan(first.request().withMapping(fixed));
        assertThat(plan.isRunnable()).isTrue();

        List<PlannedShot> preview = plan.preview(5);
        assertThat(preview).extracting(p -> p.shot().prompt()).containsExactly(
                "A renard in a misty forest", "A renard in a sunlit forest", "A hibou in a misty forest", "A hibou in a sunlit forest",
                "A chat in a misty forest");

        BatchReport report = plan.validate();
        assertThat(report.rowProblems()).extracting(RowProblem::line, RowProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, "model"),
                org.assertj.core.groups.Tuple.tuple(5L, "seconds"),
                org.assertj.core.groups.Tuple.tuple(6L, "seconds"));
        assertThat(report.rowProblems().get(1).message()).isEqualTo("sora-2 does not render 7 s clips; it takes 4, 8, 12 seconds.");
        assertThat(report.summary().validShots()).isEqualTo(6);
        assertThat(report.summary().totalSeconds()).isEqualTo(2 * (4 + 8 + 12));
        assertThat(report.summary().estimatedUsd()).isCloseTo(2 * (4 * 0.10 + 8 * 0.30 + 12 * 0.30), within(1e-9));

        List<Shot> queued = new ArrayList<>();
        GenerationQueue queue = queued::addAll;
        assertThat(plan.sendValidShots(queue::enqueue, 100)).isEqualTo(6);
        assertThat(queued).extracting(Shot::model)
                .containsExactly("sora-2", "sora-2", "sora-2-pro", "sora-2-pro", "sora-2-pro", "sora-2-pro");
    }
}
