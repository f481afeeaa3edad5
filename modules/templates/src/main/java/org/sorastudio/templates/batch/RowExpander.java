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

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.ShotProblem;
import org.sorastudio.core.model.ShotValidator;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.templates.csv.CsvHeader;
import org.sorastudio.templates.csv.CsvRow;
import org.sorastudio.templates.pattern.PromptPattern;

/**
 * Turns one CSV row into its shots and checks each. One instance per pass over the file: it
 * numbers the shots as they come.
 */
final class RowExpander {

    /** Distinct model names remembered per pass; a sheet full of distinct typos just asks the catalog again. */
    private static final int MODEL_CACHE_LIMIT = 1000;

    private final BatchRequest request;
    private final PromptPattern prompt;
    private final PromptPattern outputName;
    private final long variants;
    private final Map<String, Integer> variableColumns = new HashMap<>();
    private final int[] parameterColumns = new int[ShotParameter.values().length];
    private final Path csvFolder;
    private final ModelCatalog catalog;
    private final ShotValidator validator;
    private final Map<String, Boolean> knownModels = new HashMap<>();
    private long shotNumber;

    RowExpander(BatchRequest request, CsvHeader header, ColumnMapping mapping, PromptPattern prompt, PromptPattern outputName,
            ModelCatalog catalog) {
        this.request = request;
        this.prompt = prompt;
        this.outputName = outputName;
        this.variants = prompt.combinations();
        mapping.variables().forEach((variable, column) -> variableColumns.put(variable, header.indexOf(column)));
        for (ShotParameter parameter : ShotParameter.values()) {
            parameterColumns[parameter.ordinal()] = mapping.columnOf(parameter).map(header::indexOf).orElse(-1);
        }
        Path folder = request.csvFile().toAbsolutePath().getParent();
        this.csvFolder = folder == null ? Path.of("").toAbsolutePath() : folder;
        this.catalog = catalog;
        this.validator = new ShotValidator(catalog);
    }

    List<PlannedShot> expand(CsvRow row) {
        List<RowProblem> rowProblems = new ArrayList<>();
        row.shapeProblem().ifPresent(message -> rowProblems.add(new RowProblem(row.line(), RowProblem.FIELD_ROW, message, true)));
        String model = parameter(row, ShotParameter.MODEL, request.defaultModel());
        String size = parameter(row, ShotParameter.SIZE, request.defaultSize()).replace(" ", "").toLowerCase(Locale.ROOT);
        int seconds = seconds(row, rowProblems);
        String reference = referenceImage(row, rowProblems);
        String fit = reference == null ? null : parameter(row, ShotParameter.REFERENCE_FIT, null);
        String nameFromColumn = outputNameColumn(row, rowProblems);
        List<PlannedShot> shots = new ArrayList<>((int) variants);
        for (int variant = 1; variant <= variants; variant++) {
            long number = ++shotNumber;
            int chosen = variant;
            String text = prompt.render(name -> value(row, name, number, chosen), variant - 1);
            String name = nameFromColumn != null ? fileNameSafe(nameFromColumn)
                    : outputName == null ? null : fileNameSafe(outputName.render(n -> value(row, n, number, chosen), 0));
            Shot shot = new Shot(UUID.randomUUID().toString(), text, model, size, seconds, reference,
                    name == null ? Map.of() : Map.of(Shot.OUTPUT_NAME, name)).withReferenceFit(fit);
            List<RowProblem> problems = new ArrayList<>(rowProblems);
            check(row.line(), shot, problems);
            shots.add(new PlannedShot(row.line(), number, variant, shot, problems));
        }
        return shots;
    }

    private String value(CsvRow row, String variable, long number, int variant) {
        Integer column = variableColumns.get(variable);
        if (column != null) {
            return column < 0 ? null : row.get(column).strip();
        }
        return switch (variable) {
            case BatchPlan.ROW_VARIABLE -> String.valueOf(row.line());
            case BatchPlan.NUMBER_VARIABLE -> String.valueOf(number);
            case BatchPlan.VARIANT_VARIABLE -> String.valueOf(variant);
            default -> null;
        };
    }

    /** The row's value for {@code parameter}, or {@code fallback} when unmapped or blank. */
    private String parameter(CsvRow row, ShotParameter parameter, String fallback) {
        int column = parameterColumns[parameter.ordinal()];
        String value = column < 0 ? "" : row.get(column).strip();
        return value.isEmpty() ? fallback : value;
    }

    private int seconds(CsvRow row, List<RowProblem> problems) {
        String text = parameter(row, ShotParameter.SECONDS, null);
        if (text == null) {
            return request.defaultSeconds();
        }
        try {
            int seconds = Integer.parseInt(text);
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new RowProblem(row.line(), ShotProblem.FIELD_SECONDS,
                "\"" + text + "\" is not a number of seconds; write a positive whole number such as " + request.defaultSeconds() + ".",
                true));
        return request.defaultSeconds();
    }

    /**
     * The output column's file name; a path (separators, {@code ..}, a drive) is refused, so clips stay in the
     * output folder.
     */
    private String outputNameColumn(CsvRow row, List<RowProblem> problems) {
        String text = parameter(row, ShotParameter.OUTPUT_NAME, null);
        if (text != null && (text.contains("/") || text.contains("\\") || text.startsWith("..") || text.matches("[A-Za-z]:.*"))) {
            problems.add(new RowProblem(row.line(), ShotParameter.OUTPUT_NAME.label(), "\"" + text + "\" is a path; the output "
                    + "column takes a file name, and the clip always goes into the output folder.", true));
            return null;
        }
        return text;
    }

    /** The reference image as an absolute path; a relative one is relative to the CSV file's folder. */
    private String referenceImage(CsvRow row, List<RowProblem> problems) {
        String text = parameter(row, ShotParameter.REFERENCE_IMAGE, null);
        if (text == null) {
            return null;
        }
        try {
            return csvFolder.resolve(text).normalize().toString();
        } catch (InvalidPathException e) {
            problems.add(new RowProblem(row.line(), ShotProblem.FIELD_REFERENCE,
                    "\"" + text + "\" is not a valid file path: " + e.getReason() + ".", true));
            return null;
        }
    }

    private void check(long line, Shot shot, List<RowProblem> problems) {
        boolean unknownModel = !isKnown(shot.model());
        for (ShotProblem problem : validator.validate(shot)) {
            boolean replacedBelow = unknownModel && !request.allowUnknownModels() && problem.field().equals(ShotProblem.FIELD_MODEL);
            if (!replacedBelow) {
                problems.add(new RowProblem(line, problem.field(), problem.message(), problem.blocking()));
            }
        }
        if (unknownModel && !request.allowUnknownModels() && !shot.model().isBlank()) {
            String known = String.join(", ", catalog.models().stream().map(m -> m.id()).toList());
            problems.add(new RowProblem(line, ShotProblem.FIELD_MODEL, "\"" + shot.model() + "\" is not a known model (" + known
                    + "); check the spelling, or allow unknown models when the server offers others.", true));
        }
    }

    private boolean isKnown(String model) {
        Boolean known = knownModels.get(model);
        if (known == null) {
            known = catalog.find(model).isPresent();
            if (knownModels.size() < MODEL_CACHE_LIMIT) {
                knownModels.put(model, known);
            }
        }
        return known;
    }

    /** Output names become file names: path separators and characters Windows forbids become {@code _}. */
    static String fileNameSafe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }
}
