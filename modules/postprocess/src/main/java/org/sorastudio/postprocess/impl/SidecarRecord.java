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
package org.sorastudio.postprocess.impl;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.postprocess.ClipOutcome;
import org.sorastudio.postprocess.StepResult;

/**
 * Writes a clip's post-processing into its sidecar as the member {@value #MEMBER}, atomically (a kill at any moment
 * leaves the old sidecar or the new one), keeping everything the queue wrote.
 */
public final class SidecarRecord {

    public static final String MEMBER = "postProcessing";

    private SidecarRecord() {
    }

    /** Whether the sidecar already records a finished post-processing (a restart must not run the hooks again). */
    public static boolean isRecorded(Path sidecar) {
        if (sidecar == null || !Files.isRegularFile(sidecar)) {
            return false;
        }
        try {
            return JsonDataFile.read(sidecar).has(MEMBER);
        } catch (DataFileException e) {
            return false;
        }
    }

    public static void write(Path sidecar, ClipOutcome outcome) throws IOException {
        JsonObject json;
        try {
            json = JsonDataFile.read(sidecar);
        } catch (DataFileException e) {
            throw new IOException("the sidecar " + sidecar + " cannot be read: " + e.getMessage(), e);
        }
        json.add(MEMBER, toJson(outcome));
        JsonDataFile file = new JsonDataFile(sidecar);
        file.write(json);
        // like the queue's own rewrites: the clip folder gets no backup nobody needs (the write itself is atomic)
        Files.deleteIfExists(sidecar.resolveSibling(sidecar.getFileName() + ".bak"));
    }

    static JsonElement toJson(ClipOutcome outcome) {
        JsonObject record = new JsonObject();
        record.addProperty("status", outcome.status().name());
        if (!outcome.reason().isEmpty()) {
            record.addProperty("reason", outcome.reason());
        }
        record.addProperty("finishedAt", Instant.now().toString());
        JsonArray steps = new JsonArray();
        for (StepResult result : outcome.steps()) {
            JsonObject step = new JsonObject();
            step.addProperty("step", result.step());
            JsonArray command = new JsonArray();
            result.command().forEach(command::add);
            step.add("command", command);
            step.addProperty("outcome", result.outcome().name());
            if (result.exitCode() != null) {
                step.addProperty("exitCode", result.exitCode());
            }
            step.addProperty("elapsedMs", result.elapsed().toMillis());
            if (!result.message().isEmpty()) {
                step.addProperty("message", result.message());
            }
            step.addProperty("outputBytes", result.outputBytes());
            step.addProperty("output", result.output());
            steps.add(step);
        }
        record.add("steps", steps);
        return record;
    }
}
