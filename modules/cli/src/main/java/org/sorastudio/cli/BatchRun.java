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

import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.Template;
import org.sorastudio.moderation.api.ModerationUnavailableException;
import org.sorastudio.moderation.api.PreflightReport;
import org.sorastudio.moderation.api.PromptSafety;
import org.sorastudio.templates.batch.BatchExpander;
import org.sorastudio.templates.batch.BatchPlan;
import org.sorastudio.templates.batch.BatchReport;
import org.sorastudio.templates.batch.BatchRequest;
import org.sorastudio.templates.batch.BatchSummary;
import org.sorastudio.templates.batch.ColumnMapping;
import org.sorastudio.templates.batch.PlannedShot;
import org.sorastudio.templates.batch.RowProblem;
import org.sorastudio.templates.batch.ShotParameter;
import org.sorastudio.templates.csv.CsvDetector;
import org.sorastudio.templates.csv.CsvFileException;
import org.sorastudio.templates.pattern.PatternProblem;

/**
 * The {@code batch} command: plans and validates like the CSV wizard (templates module), prints the
 * dry run, or queues the valid shots under ids made from their CSV line and variant, so a resumed
 * run recognises the shots it already queued.
 */
final class BatchRun {

    private static final int PROMPT_PREVIEW = 70;

    private final BatchCommand command;
    private final RunSetup setup;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    /** {@code --fit}, for rows without a fit of their own; {@code null} for the default. */
    private final String defaultFit;

    BatchRun(BatchCommand command) {
        this.command = command;
        this.setup = new RunSetup(command.common);
        this.defaultFit = FitOption.check(command.fit);
    }

    int execute() {
        Template template = TemplateSource.resolve(command.template);
        BatchPlan plan = plan(template);
        BatchReport report = validate(plan);
        if (!report.runnable() || report.summary().badRows() > 0 || report.summary().validShots() == 0) {
            return refuse(report);
        }
        if (command.preflight) {
            int blocked = preflight(plan);
            if (blocked > 0) {
                return blocked;
            }
        }
        if (command.dryRun) {
            return dryRun(plan, report.summary());
        }
        Path output = setup.output();
        RequestDigest digest = new RequestDigest("batch").add(template.prompt()).add(template.model()).add(template.size())
                .add(template.seconds()).addFile(command.csv).add(plan.mapping()).add(command.allowUnknownModels);
        if (defaultFit != null) {
            digest.add(defaultFit); // only then: a batch run before --fit existed resumes under its old journal name
        }
        Path journal = digest.add(setup.serverName()).journalIn(output, "batch");
        ReferencePreparer references = RunSetup.referencesBeside(journal, output, command.common.quiet || command.common.json);
        try (Stream<Shot> shots = stableShots(plan)) {
            references.prepareAll(shots.iterator(), shot -> command.csv.getFileName() + " line " + shot.id().split("-")[1]);
        }
        try (Stream<Shot> shots = stableShots(plan)) {
            return setup.runQueue(journal, output, shots.map(references::prepared));
        }
    }

    private BatchPlan plan(Template template) {
        try {
            BatchExpander expander = new BatchExpander(RunSetup.catalog());
            BatchRequest request = BatchRequest.of(template, command.csv, CsvDetector.detect(command.csv).settings())
                    .withUnknownModelsAllowed(command.allowUnknownModels);
            BatchPlan plan = expander.plan(request);
            if (command.map.isEmpty()) {
                return plan;
            }
            return expander.plan(request.withMapping(mapped(plan)));
        } catch (CsvFileException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.getMessage());
        }
    }

    /** The suggested mapping with each {@code --map COLUMN=TARGET} applied: a placeholder, else a shot parameter. */
    private ColumnMapping mapped(BatchPlan plan) {
        ColumnMapping mapping = plan.mapping();
        for (Map.Entry<String, String> entry : command.map.entrySet()) {
            String column = entry.getKey();
            String target = entry.getValue().trim();
            Optional<ShotParameter> parameter = parameter(target);
            if (plan.usedVariables().contains(target)) {
                mapping = mapping.withVariable(target, column);
            } else if (parameter.isPresent()) {
                mapping = mapping.withParameter(parameter.get(), column);
            } else {
                throw new CliException(ExitCode.USAGE, "--map " + column + "=" + target + ": the template has no placeholder {"
                        + target + "} and " + target + " is not a shot parameter. Placeholders: "
                        + (plan.usedVariables().isEmpty() ? "none" : String.join(", ", plan.usedVariables()))
                        + "; parameters: model, size, seconds, reference, fit, output.");
            }
        }
        return mapping;
    }

    private static Optional<ShotParameter> parameter(String target) {
        String key = target.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        return Arrays.stream(ShotParameter.values())
                .filter(p -> p.name().toLowerCase(Locale.ROOT).replace("_", "").equals(key)
                        || p.label().replace(" ", "").equals(key) || p.label().split(" ")[0].equals(key)
                        || p.label().endsWith(" " + key))
                .findFirst();
    }

    private BatchReport validate(BatchPlan plan) {
        BatchReport report;
        try {
            report = plan.validate();
        } catch (CsvFileException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.getMessage());
        }
        if (!command.common.quiet && !command.common.json) {
            report.planProblems().stream().filter(p -> !p.blocking()).forEach(p -> err.println("warning: " + p));
            report.rowProblems().stream().filter(p -> !p.blocking()).forEach(p -> err.println("warning: " + p));
        }
        return report;
    }

    /**
     * {@code --preflight}: the batch's prompts through the server's moderation before anything is sent. Returns 0
     * when none would be blocked, else lists them and returns the exit code for invalid input.
     */
    private int preflight(BatchPlan plan) {
        List<PlannedShot> shots;
        try (Stream<PlannedShot> planned = plan.plannedShots()) {
            shots = planned.filter(PlannedShot::valid).toList();
        } catch (CsvFileException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.getMessage());
        }
        PreflightReport report;
        try (ServerConnections servers = setup.connections()) {
            report = new PromptSafety(servers.clientFor(servers.activeProfile()), command.watched)
                    .preflight(shots.stream().map(p -> p.shot().prompt()).toList());
        } catch (ModerationUnavailableException e) {
            throw new CliException(ExitCode.FAILURE, e.getMessage() + " Run without --preflight to send the batch unchecked.");
        }
        for (PreflightReport.BlockedRow row : report.blocked()) {
            PlannedShot shot = shots.get(row.index());
            String why = String.join(", ", Stream.concat(row.flags().stream().map(f -> f.category()),
                    row.watchedWords().stream().map(w -> "watched word \"" + w + "\"")).toList());
            err.println("would be blocked: " + command.csv.getFileName() + " line " + shot.line() + " (" + why + "): "
                    + preview(row.prompt()));
            if (command.common.json) {
                JsonObject event = JsonReporter.event("blocked");
                event.addProperty("line", shot.line());
                event.addProperty("prompt", row.prompt());
                event.addProperty("why", why);
                print(event);
            }
        }
        if (!command.common.quiet) {
            err.printf(Locale.ROOT, "preflight: %d prompts checked in %d moderation requests, %d would be blocked%n",
                    report.checked(), report.requests(), report.blocked().size());
        }
        if (report.blocked().isEmpty()) {
            return ExitCode.OK;
        }
        err.println("nothing was submitted: change or remove the rows above (sorastudio-cli check --prompt TEXT suggests rewrites).");
        return ExitCode.INVALID_INPUT;
    }

    /** Lists every blocking problem, on stderr (and as JSON events), and sends nothing. */
    private int refuse(BatchReport report) {
        for (PatternProblem problem : report.planProblems()) {
            if (problem.blocking()) {
                err.println("error: " + problem);
                if (command.common.json) {
                    JsonObject event = JsonReporter.event("problem");
                    event.addProperty("where", problem.toString());
                    event.addProperty("message", problem.message());
                    print(event);
                }
            }
        }
        for (RowProblem problem : report.rowProblems()) {
            if (problem.blocking()) {
                err.println("error: " + command.csv.getFileName() + " " + problem);
                if (command.common.json) {
                    JsonObject event = JsonReporter.event("problem");
                    event.addProperty("line", problem.line());
                    event.addProperty("field", problem.field());
                    event.addProperty("message", problem.message());
                    print(event);
                }
            }
        }
        if (report.unlistedProblems() > 0) {
            err.println("error: " + report.unlistedProblems() + " more row problems are not listed.");
        }
        if (report.readFailure() != null) {
            err.println("error: " + report.readFailure());
        }
        BatchSummary summary = report.summary();
        String why = summary.badRows() > 0 ? summary.badRows() + " of " + summary.rows() + " rows have problems"
                : summary.validShots() == 0 && report.runnable() ? "the CSV file has no rows to make shots from"
                : "the batch cannot be made";
        err.println("nothing was submitted: " + why + ".");
        if (command.common.json) {
            JsonObject event = summaryEvent(summary);
            event.addProperty("exitCode", ExitCode.INVALID_INPUT);
            print(event);
        }
        return ExitCode.INVALID_INPUT;
    }

    private int dryRun(BatchPlan plan, BatchSummary summary) {
        try (Stream<PlannedShot> shots = plan.plannedShots()) {
            Iterator<PlannedShot> iterator = shots.filter(PlannedShot::valid).iterator();
            while (iterator.hasNext()) {
                PlannedShot planned = iterator.next();
                Shot shot = planned.shot();
                if (command.common.json) {
                    JsonObject event = JsonReporter.event("shot");
                    event.addProperty("number", planned.number());
                    event.addProperty("line", planned.line());
                    event.addProperty("prompt", shot.prompt());
                    event.addProperty("model", shot.model());
                    event.addProperty("size", shot.size());
                    event.addProperty("seconds", shot.seconds());
                    event.addProperty("reference", shot.referenceImage());
                    print(event);
                } else if (!command.common.quiet) {
                    out.printf(Locale.ROOT, "%4d  line %-5d %-12s %-9s %3ds  %s%n", planned.number(), planned.line(),
                            shot.model(), shot.size(), shot.seconds(), preview(shot.prompt()));
                }
            }
        } catch (CsvFileException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.getMessage());
        }
        if (command.common.json) {
            JsonObject event = summaryEvent(summary);
            event.addProperty("exitCode", ExitCode.OK);
            print(event);
        } else {
            out.printf(Locale.ROOT, "%d shots, %d seconds of video, estimated cost $%.2f%s (dry run: nothing was sent)%n",
                    summary.validShots(), summary.totalSeconds(), summary.estimatedUsd(),
                    summary.unpricedShots() > 0 ? " plus " + summary.unpricedShots() + " shots of unpriced models" : "");
        }
        return ExitCode.OK;
    }

    private JsonObject summaryEvent(BatchSummary summary) {
        JsonObject event = JsonReporter.event("summary");
        event.addProperty("dryRun", command.dryRun);
        event.addProperty("rows", summary.rows());
        event.addProperty("shots", summary.validShots());
        event.addProperty("badRows", summary.badRows());
        event.addProperty("totalSeconds", summary.totalSeconds());
        event.addProperty("estimatedUsd", Math.round(summary.estimatedUsd() * 100) / 100.0);
        event.addProperty("unpricedShots", summary.unpricedShots());
        return event;
    }

    private void print(JsonObject event) {
        out.println(event);
    }

    private static String preview(String prompt) {
        String line = prompt.replaceAll("\\s+", " ");
        return line.length() <= PROMPT_PREVIEW ? line : line.substring(0, PROMPT_PREVIEW - 1) + "…";
    }

    /**
     * The valid shots, each with an id from its CSV line and variant (the same on every run over the same file), and
     * {@code --fit} where the row names no fit.
     */
    private Stream<Shot> stableShots(BatchPlan plan) {
        try {
            return plan.plannedShots().filter(PlannedShot::valid).map(p -> {
                Shot s = p.shot();
                Shot stable = new Shot("line-" + p.line() + "-" + p.variant(), s.prompt(), s.model(), s.size(), s.seconds(),
                        s.referenceImage(), s.overrides());
                return stable.referenceFit().isPresent() ? stable : stable.withReferenceFit(defaultFit);
            });
        } catch (CsvFileException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.getMessage());
        }
    }
}
