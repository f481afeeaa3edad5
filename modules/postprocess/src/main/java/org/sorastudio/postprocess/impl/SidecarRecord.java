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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.postprocess.ClipOutcome;
import org.sorastudio.postprocess.ClipValues;
import org.sorastudio.postprocess.StepResult;

/**
 * Writes a clip's post-processing into its sidecar as the member {@value #MEMBER}, atomically (a kill at any moment
 * leaves the old sidecar or the new one), keeping everything the queue wrote; and reads it back after a restart, so a
 * failed clip keeps its mark and its Retry.
 */
public final class SidecarRecord {

    public static final String MEMBER = "postProcessing";

    private SidecarRecord() {
    }

    /**
     * The finished post-processing the clip's sidecar records, marked {@link ClipOutcome#restored()}; empty when the
     * sidecar is missing, unreadable or records none (a member of the wrong shape counts as none: the sidecar is outside
     * input). Reads a file: not on the event thread.
     */
    public static Optional<ClipOutcome> read(ClipValues clip) {
        Path sidecar = clip.sidecar();
        if (sidecar == null || !Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        try {
            JsonElement member = JsonDataFile.read(sidecar).get(MEMBER);
            if (member == null || !member.isJsonObject()) {
                return Optional.empty();
            }
            return fromJson(clip, member.getAsJsonObject());
        } catch (DataFileException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<ClipOutcome> fromJson(ClipValues clip, JsonObject record) {
        ClipOutcome.Status status = constant(ClipOutcome.Status.class, text(record, "status"));
        if (status != ClipOutcome.Status.SUCCEEDED && status != ClipOutcome.Status.FAILED) {
            return Optional.empty(); // only finished chains are recorded
        }
        List<StepResult> steps = new ArrayList<>();
        JsonElement recorded = record.get("steps");
        if (recorded != null && recorded.isJsonArray()) {
            for (JsonElement element : recorded.getAsJsonArray()) {
                if (element.isJsonObject()) {
                    steps.add(step(element.getAsJsonObject()));
                }
            }
        }
        return Optional.of(new ClipOutcome(clip.jobId(), clip.clip(), status, steps, text(record, "reason"), true));
    }

    private static StepResult step(JsonObject json) {
        List<String> command = new ArrayList<>();
        JsonElement arguments = json.get("command");
        if (arguments != null && arguments.isJsonArray()) {
            arguments.getAsJsonArray().forEach(argument -> command.add(argument.isJsonPrimitive() ? argument.getAsString() : ""));
        }
        StepResult.Outcome outcome = constant(StepResult.Outcome.class, text(json, "outcome"));
        JsonElement exit = json.get("exitCode");
        return new StepResult(text(json, "step"), command, outcome == null ? StepResult.Outcome.NOT_STARTED : outcome,
                exit != null && exit.isJsonPrimitive() && exit.getAsJsonPrimitive().isNumber() ? exit.getAsInt() : null,
                Duration.ofMillis(Math.max(0, number(json, "elapsedMs"))), text(json, "output"),
                Math.max(0, number(json, "outputBytes")), text(json, "message"));
    }

    private static String text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }

    private static long number(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsLong() : 0;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
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
