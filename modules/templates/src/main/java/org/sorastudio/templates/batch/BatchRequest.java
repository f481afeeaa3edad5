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

import java.nio.file.Path;
import java.util.Objects;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.Template;
import org.sorastudio.templates.csv.CsvSettings;

/**
 * What to expand: a prompt pattern with default shot parameters, a CSV file, how to read it and
 * how its columns map. Immutable; the wizard changes one part at a time with the {@code with...} methods.
 *
 * @param prompt             the prompt pattern
 * @param defaultModel       model for rows that give none
 * @param defaultSize        size for rows that give none
 * @param defaultSeconds     seconds for rows that give none
 * @param outputNamePattern  pattern for each shot's output name (may use the row's variables and
 *                           {@code {row}}, {@code {n}}, {@code {variant}}), or {@code null} for none
 * @param csvFile            the CSV file; relative reference image paths are resolved against its folder
 * @param csvSettings        how to read it
 * @param mapping            column mapping, or {@code null} to use {@link ColumnMapping#suggest}
 * @param maxCombinations    most prompts one row may expand to through alternatives
 * @param allowUnknownModels whether a model missing from the catalog is only a warning (for gateways);
 *                           by default it is an error, since in a spreadsheet it is most likely a typo
 */
public record BatchRequest(String prompt, String defaultModel, String defaultSize, int defaultSeconds,
        String outputNamePattern, Path csvFile, CsvSettings csvSettings, ColumnMapping mapping,
        long maxCombinations, boolean allowUnknownModels) {

    public static final long DEFAULT_MAX_COMBINATIONS = 1000;

    public BatchRequest {
        prompt = prompt == null ? "" : prompt;
        defaultModel = defaultModel == null || defaultModel.isBlank() ? Shot.DEFAULT_MODEL : defaultModel;
        defaultSize = defaultSize == null || defaultSize.isBlank() ? Shot.DEFAULT_SIZE : defaultSize;
        defaultSeconds = defaultSeconds <= 0 ? Shot.DEFAULT_SECONDS : defaultSeconds;
        outputNamePattern = outputNamePattern == null || outputNamePattern.isBlank() ? null : outputNamePattern;
        Objects.requireNonNull(csvFile, "csvFile");
        Objects.requireNonNull(csvSettings, "csvSettings");
        if (maxCombinations < 1) {
            throw new IllegalArgumentException("maxCombinations must be at least 1: " + maxCombinations);
        }
    }

    /** A template's prompt and defaults over a CSV file. */
    public static BatchRequest of(Template template, Path csvFile, CsvSettings csvSettings) {
        return new BatchRequest(template.prompt(), template.model(), template.size(), template.seconds(), null,
                csvFile, csvSettings, null, DEFAULT_MAX_COMBINATIONS, false);
    }

    /** A bare prompt with the API's defaults over a CSV file. */
    public static BatchRequest of(String prompt, Path csvFile, CsvSettings csvSettings) {
        return new BatchRequest(prompt, null, null, 0, null, csvFile, csvSettings, null, DEFAULT_MAX_COMBINATIONS, false);
    }

    public BatchRequest withPrompt(String value) {
        return new BatchRequest(value, defaultModel, defaultSize, defaultSeconds, outputNamePattern,
                csvFile, csvSettings, mapping, maxCombinations, allowUnknownModels);
    }

    public BatchRequest withDefaults(String model, String size, int seconds) {
        return new BatchRequest(prompt, model, size, seconds, outputNamePattern,
                csvFile, csvSettings, mapping, maxCombinations, allowUnknownModels);
    }

    public BatchRequest withOutputNamePattern(String value) {
        return new BatchRequest(prompt, defaultModel, defaultSize, defaultSeconds, value,
                csvFile, csvSettings, mapping, maxCombinations, allowUnknownModels);
    }

    public BatchRequest withCsvSettings(CsvSettings value) {
        return new BatchRequest(prompt, defaultModel, defaultSize, defaultSeconds, outputNamePattern,
                csvFile, value, mapping, maxCombinations, allowUnknownModels);
    }

    public BatchRequest withMapping(ColumnMapping value) {
        return new BatchRequest(prompt, defaultModel, defaultSize, defaultSeconds, outputNamePattern,
                csvFile, csvSettings, value, maxCombinations, allowUnknownModels);
    }

    public BatchRequest withMaxCombinations(long value) {
        return new BatchRequest(prompt, defaultModel, defaultSize, defaultSeconds, outputNamePattern,
                csvFile, csvSettings, mapping, value, allowUnknownModels);
    }

    public BatchRequest withUnknownModelsAllowed(boolean value) {
        return new BatchRequest(prompt, defaultModel, defaultSize, defaultSeconds, outputNamePattern,
                csvFile, csvSettings, mapping, maxCombinations, value);
    }
}
