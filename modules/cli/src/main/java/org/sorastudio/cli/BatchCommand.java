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

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Expands a template over a CSV file (one shot per row and prompt variant), with the same rules "
                + "and messages as the studio's CSV wizard, and renders the shots. Any bad row stops the batch before "
                + "anything is sent. The queue journal is kept in the output folder under a name made from the request, "
                + "so the same command run again resumes."})
final class BatchCommand implements Callable<Integer> {

    @Option(names = "--template", required = true, paramLabel = "NAME|FILE",
            description = "a template of the studio's library by name, or an exported templates file holding one template")
    String template;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the CSV file (encoding and delimiter are detected)")
    Path csv;

    @Option(names = "--map", paramLabel = "COLUMN=TARGET",
            description = "feed a placeholder or a shot parameter (model, size, seconds, reference, fit, output) from a column; "
                    + "repeatable. Columns named like a placeholder or parameter are mapped without it.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--fit", paramLabel = "FIT", description = "how the rows' reference images are fitted to their "
            + "shot's size where the CSV has no fit column (or leaves it blank): resize, crop (default), letterbox, "
            + "crop@X,Y, letterbox:blur or letterbox:#RRGGBB. Relative image paths are relative to the CSV file.")
    String fit;

    @Option(names = "--dry-run", description = "print the shots, their count, total seconds and estimated cost; send nothing")
    boolean dryRun;

    @Option(names = "--preflight", description = "check every prompt with the server's moderation first; if any would be "
            + "blocked, list them and send nothing (exit 3)")
    boolean preflight;

    @Option(names = "--watch", split = ",", paramLabel = "WORD",
            description = "with --preflight: words to refuse even when the server passes them")
    List<String> watched = List.of();

    @Option(names = "--allow-unknown-models", description = "accept models missing from the catalog (for gateways)")
    boolean allowUnknownModels;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return new BatchRun(this).execute();
    }
}
