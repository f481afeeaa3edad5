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

import java.nio.file.Path;
import java.util.List;
import org.openide.util.Lookup;
import org.sorastudio.core.model.Template;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.templates.batch.BatchExpander;
import org.sorastudio.templates.batch.BatchPlan;
import org.sorastudio.templates.batch.BatchReport;
import org.sorastudio.templates.batch.BatchRequest;
import org.sorastudio.templates.csv.CsvDetection;
import org.sorastudio.templates.csv.CsvRow;
import org.sorastudio.templates.csv.CsvSettings;

/**
 * What the user chose so far, shared by the wizard's steps. Changed on the EDT, except that a
 * step's background validation stores what it found before the wizard shows the next step;
 * other background work reads immutable values (paths, requests, plans) taken from it.
 */
final class CsvImportModel {

    /** Where the valid shots go on Finish. */
    enum Destination {
        QUEUE, DRAFTS
    }

    final Lookup services;
    final BatchExpander expander;

    Path file;
    /** The template the batch starts from, or {@code null} for a free prompt. */
    Template template;
    String prompt = "";
    String outputNamePattern = "";
    String defaultModel;
    String defaultSize;
    int defaultSeconds;

    CsvDetection detection;
    CsvSettings settings;
    /** The first rows as read with {@link #settings}, for the previews. */
    List<CsvRow> sampleRows = List.of();
    /** The plan for the current request and mapping; replaced whenever one of them changes. */
    BatchPlan plan;
    /** The last validation of {@link #plan}; {@code null} until it has run to the end or was stopped. */
    BatchReport report;
    Destination destination = Destination.QUEUE;

    CsvImportModel(Lookup services, BatchExpander expander, Template template) {
        this.services = services;
        this.expander = expander;
        this.template = template;
        if (template != null) {
            prompt = template.prompt();
        }
    }

    boolean hasQueue() {
        return services.lookup(GenerationQueue.class) != null;
    }

    /** The batch as set in the first two steps, without a mapping: the engine suggests one. */
    BatchRequest request() {
        return new BatchRequest(prompt, defaultModel, defaultSize, defaultSeconds, outputNamePattern, file, settings, null,
                BatchRequest.DEFAULT_MAX_COMBINATIONS, false);
    }

    /** A new plan: the old validation no longer applies. */
    void setPlan(BatchPlan value) {
        plan = value;
        report = null;
    }
}
