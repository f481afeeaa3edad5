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
package org.sorastudio.templates.ui.wizard;

import static org.sorastudio.testing.EdtProbe.max;
import static org.sorastudio.testing.EdtProbe.percentile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.openide.util.lookup.Lookups;
import org.sorastudio.core.impl.BuiltInModelCatalog;
import org.sorastudio.core.model.Template;
import org.sorastudio.templates.impl.JsonTemplateLibrary;
import org.sorastudio.templates.ui.Gui;
import org.sorastudio.testing.EdtStalls;
import org.sorastudio.testing.StallSampler;

/**
 * A user importing a 10,000-row CSV: the real wizard walked from the file to Finish and the delivery into the
 * generation queue, while a probe thread measures how long a task posted every 5 ms waits to start on the event
 * dispatch thread. Prints each step's time and the EDT's longest delay in it. The Queue window's side of the same
 * batch (10,000 jobs enqueued at once) is {@code QueuePanelBenchmark}'s; {@code ./studio bench queue} runs both.
 * With {@code -Dbench.profile=true} {@link StallSampler} prints, for each step, where the EDT was while it was late.
 * Needs a display.
 */
public final class CsvWizardBenchmark {

    private static final int ROWS = 10_000;
    private static final long PROBE_INTERVAL_MS = 5;
    private static final String TITLE = "Import Shots from CSV";
    /** The dialog's first showing (class loading, layout of six steps): apart from the import, whose stalls are the goal. */
    private static final String OPEN = "open";
    private static final Template TEMPLATE = new Template("bench", "Bench subjects", "{subject}, painted in {style}",
            "sora-2", "1280x720", 4, List.of(), "", false);

    private CsvWizardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("csv-wizard-bench");
        Path csv = writeCsv(folder.resolve("shots.csv"));
        JsonTemplateLibrary library = new JsonTemplateLibrary(folder.resolve("templates.json"), Clock.systemUTC());
        library.save(TEMPLATE);
        RecordingQueue queue = new RecordingQueue();
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();

        AtomicBoolean done = new AtomicBoolean();
        EdtStalls stalls = new EdtStalls();
        Thread probe = new Thread(() -> {
            try {
                stalls.run(done::get, TimeUnit.MINUTES.toMillis(10), PROBE_INTERVAL_MS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "edt-probe");
        Map<String, Long> stepMillis = new LinkedHashMap<>();
        Map<String, Long> stepStalls = new LinkedHashMap<>();
        Map<String, Integer> stepSamples = new LinkedHashMap<>();
        probe.start();
        try (StallSampler sampler = StallSampler.startIfAsked()) {
            CsvImportWizard wizard = GuiActionRunner.execute(() -> new CsvImportWizard(
                    Lookups.fixed(new BuiltInModelCatalog(), library, queue), Optional.of(TEMPLATE)));
            CompletableFuture<Boolean> finished = new CompletableFuture<>();
            SwingUtilities.invokeLater(() -> finished.complete(wizard.show()));
            Step step = new Step(stalls, sampler, stepMillis, stepStalls, stepSamples);
            DialogFixture dialog = Gui.dialogTitled(robot, TITLE);
            step.ended(OPEN);

            dialog.textBox("csvFile").setText(csv.toString());
            Gui.press(dialog, "Next >");
            awaitShowing(robot, dialog, "parsedPreview");
            Gui.awaitTrue("the preview is read", () -> rowCount(dialog, "parsedPreview") > 0);
            step.ended("format");
            Gui.press(dialog, "Next >");
            awaitShowing(robot, dialog, "mapping");
            step.ended("mapping");
            Gui.press(dialog, "Next >");
            awaitShowing(robot, dialog, "previewShots");
            Gui.awaitTrue("the shots are previewed", () -> rowCount(dialog, "previewShots") > 0);
            step.ended("preview");
            Gui.press(dialog, "Next >");
            awaitShowing(robot, dialog, "rowProblems");
            Gui.awaitTrue("validation ends", () -> dialog.label("validationStatus").text().contains(" row(s) read: "),
                    () -> dialog.label("validationStatus").text());
            step.ended("validation");
            Gui.press(dialog, "Next >");
            awaitShowing(robot, dialog, "summaryShots");
            step.ended("summary");
            Gui.press(dialog, "Finish");
            finished.get(1, TimeUnit.MINUTES);
            String delivered = wizard.deliver().get(5, TimeUnit.MINUTES);
            step.ended("delivery");
            if (queue.shots().size() != ROWS) {
                throw new IllegalStateException("the queue got " + queue.shots().size() + " shots, not " + ROWS + ": " + delivered);
            }
        } finally {
            done.set(true);
            probe.join();
            robot.cleanUp();
        }
        stepMillis.forEach((name, millis) -> System.out.printf(Locale.ROOT, "%-10s %6d ms, EDT delay max %d ms%n", name, millis,
                stepStalls.get(name)));
        List<Long> delays = stalls.delays();
        List<Long> importDelays = delays.subList(stepSamples.get(OPEN), delays.size());
        System.out.println("EDT during the whole run: " + stalls.summary());
        System.out.printf(Locale.ROOT, "RESULT csv_rows=%d csv_wizard_open_ms=%d csv_wizard_open_edt_max_ms=%d csv_import_ms=%d "
                        + "csv_import_edt_p99_ms=%d csv_import_edt_max_stall_ms=%d%n", ROWS, stepMillis.get(OPEN), stepStalls.get(OPEN),
                stepMillis.values().stream().mapToLong(Long::longValue).sum() - stepMillis.get(OPEN), percentile(importDelays, 99),
                max(importDelays));
        System.exit(0);
    }

    /**
     * Each step's time, the EDT's longest delay since the previous step ended (from the probe's running list) and how
     * many delays the probe had measured when it ended.
     */
    private static final class Step {
        private final EdtStalls stalls;
        private final StallSampler sampler;
        private final Map<String, Long> millis;
        private final Map<String, Long> stallsByStep;
        private final Map<String, Integer> samples;
        private long start = System.nanoTime();
        private int seen;

        Step(EdtStalls stalls, StallSampler sampler, Map<String, Long> millis, Map<String, Long> stallsByStep,
                Map<String, Integer> samples) {
            this.stalls = stalls;
            this.sampler = sampler;
            this.millis = millis;
            this.stallsByStep = stallsByStep;
            this.samples = samples;
        }

        void ended(String name) {
            long now = System.nanoTime();
            millis.put(name, TimeUnit.NANOSECONDS.toMillis(now - start));
            start = now;
            List<Long> delays = stalls.delaysSoFar();
            this.stallsByStep.put(name, max(delays.subList(seen, delays.size())));
            seen = delays.size();
            samples.put(name, seen);
            sampler.report(name);
        }
    }

    private static Path writeCsv(Path file) throws Exception {
        StringBuilder rows = new StringBuilder("subject,style\n");
        String[] styles = {"watercolor", "oil paint", "ink", "pixel art", "pastel"};
        for (int i = 1; i <= ROWS; i++) {
            rows.append("subject number ").append(i).append(',').append(styles[i % styles.length]).append('\n');
        }
        return Files.writeString(file, rows, StandardCharsets.UTF_8);
    }

    private static void awaitShowing(Robot robot, DialogFixture dialog, String name) {
        Gui.awaitTrue(name + " is showing", () -> GuiActionRunner.execute(() -> robot.finder()
                .findAll(dialog.target(), c -> name.equals(c.getName()) && c.isShowing()).size() == 1));
    }

    private static int rowCount(DialogFixture dialog, String table) {
        return GuiActionRunner.execute(() -> dialog.table(table).target().getRowCount());
    }
}
