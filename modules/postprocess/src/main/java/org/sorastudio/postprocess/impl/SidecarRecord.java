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
 * failed clip keeps its mark and its Retry. An unfinished chain is recorded too (status {@code QUEUED} or
 * {@code RUNNING}, the steps that succeeded so far, the step that runs and its process): a studio or CLI that stops or
 * is killed before the chain ends leaves that record, and the next one reads it back as
 * {@link ClipOutcome.Status#INTERRUPTED}.
 */
public final class SidecarRecord {

    public static final String MEMBER = "postProcessing";
    private static final String RUNNING = "running";
    private static final String PROCESS = "process";

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
        if (status == null || status == ClipOutcome.Status.INTERRUPTED) {
            return Optional.empty(); // never written: another shape
        }
        List<StepResult> steps = steps(record);
        if (status == ClipOutcome.Status.QUEUED || status == ClipOutcome.Status.RUNNING) {
            // left by a session that stopped first; only the steps that succeeded count, the running one runs again
            List<StepResult> succeeded = steps.stream().takeWhile(StepResult::succeeded).toList();
            String running = text(record, RUNNING);
            String reason = running.isEmpty() ? "the studio or CLI stopped before the steps were done"
                    : "\"" + running + "\" was running when the studio or CLI stopped";
            return Optional.of(new ClipOutcome(clip.jobId(), clip.clip(), ClipOutcome.Status.INTERRUPTED, succeeded, reason, true));
        }
        return Optional.of(new ClipOutcome(clip.jobId(), clip.clip(), status, steps, text(record, "reason"), true));
    }

    /**
     * The process of the step an unfinished record says was running, if that very process (same id, same start time)
     * still runs: left behind by a killed studio, it would write the step's file while the step runs again.
     */
    public static Optional<ProcessHandle> leftRunning(ClipValues clip) {
        Path sidecar = clip.sidecar();
        if (sidecar == null || !Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        try {
            JsonElement member = JsonDataFile.read(sidecar).get(MEMBER);
            if (member == null || !member.isJsonObject() || !member.getAsJsonObject().has(PROCESS)
                    || !member.getAsJsonObject().get(PROCESS).isJsonObject()) {
                return Optional.empty();
            }
            JsonObject process = member.getAsJsonObject().getAsJsonObject(PROCESS);
            long pid = number(process, "pid");
            long started = number(process, "startedAt");
            return pid <= 0 ? Optional.empty() : ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == started);
        } catch (DataFileException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<StepResult> steps(JsonObject record) {
        List<StepResult> steps = new ArrayList<>();
        JsonElement recorded = record.get("steps");
        if (recorded != null && recorded.isJsonArray()) {
            for (JsonElement element : recorded.getAsJsonArray()) {
                if (element.isJsonObject()) {
                    steps.add(step(element.getAsJsonObject()));
                }
            }
        }
        return steps;
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

    /** Records a finished chain (or, for a {@code QUEUED} or {@code RUNNING} outcome, an unfinished one). */
    public static void write(Path sidecar, ClipOutcome outcome) throws IOException {
        write(sidecar, toJson(outcome));
    }

    /**
     * Records an unfinished chain: {@code outcome} ({@code QUEUED} or {@code RUNNING}) with the step that runs now
     * ({@code running}, empty between steps) and its process (null before it started).
     */
    public static void writeUnfinished(Path sidecar, ClipOutcome outcome, String running, ProcessHandle process)
            throws IOException {
        JsonObject record = toJson(outcome);
        record.remove("finishedAt");
        record.addProperty("updatedAt", Instant.now().toString());
        if (!running.isEmpty()) {
            record.addProperty(RUNNING, running);
        }
        if (process != null) {
            JsonObject started = new JsonObject();
            started.addProperty("pid", process.pid());
            started.addProperty("startedAt", process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L));
            record.add(PROCESS, started);
        }
        write(sidecar, record);
    }

    private static void write(Path sidecar, JsonObject record) throws IOException {
        JsonObject json;
        try {
            json = JsonDataFile.read(sidecar);
        } catch (DataFileException e) {
            throw new IOException("the sidecar " + sidecar + " cannot be read: " + e.getMessage(), e);
        }
        json.add(MEMBER, record);
        JsonDataFile file = new JsonDataFile(sidecar);
        file.write(json);
        // like the queue's own rewrites: the clip folder gets no backup nobody needs (the write itself is atomic)
        Files.deleteIfExists(sidecar.resolveSibling(sidecar.getFileName() + ".bak"));
    }

    static JsonObject toJson(ClipOutcome outcome) {
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
