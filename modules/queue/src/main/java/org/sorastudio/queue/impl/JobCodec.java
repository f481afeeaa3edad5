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
package org.sorastudio.queue.impl;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeParseException;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.model.Failure;
import org.sorastudio.openai.Video;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.Transition;

/** Jobs and videos as JSON, for the journal and the sidecars. */
final class JobCodec {

    private JobCodec() {
    }

    static JsonObject spec(JobSpec spec) {
        JsonObject json = new JsonObject();
        json.addProperty("shotId", spec.shotId());
        json.addProperty("prompt", spec.prompt());
        json.addProperty("model", spec.model());
        json.addProperty("size", spec.size());
        json.addProperty("seconds", spec.seconds());
        json.addProperty("referenceImage", spec.referenceImage());
        json.addProperty("profile", spec.profile());
        json.addProperty("kind", spec.kind().name());
        json.addProperty("sourceVideoId", spec.sourceVideoId());
        json.addProperty("remixOf", spec.remixOf());
        json.addProperty("outputName", spec.outputName());
        return json;
    }

    /** Reads a spec; a field that is missing or of the wrong kind fails with an {@link IllegalStateException} naming it for a person. */
    static JobSpec spec(JsonObject json) {
        // journals written before extensions and edits name only remixOf
        String kind = string(json, "kind");
        String source = kind == null ? string(json, "remixOf") : string(json, "sourceVideoId");
        return new JobSpec(string(json, "shotId"), required(json, "prompt"), string(json, "model"),
                string(json, "size"), wholeNumber(json, "seconds"),
                string(json, "referenceImage"), required(json, "profile"), source, string(json, "outputName"),
                kind == null ? (source == null ? JobSpec.Kind.CREATE : JobSpec.Kind.REMIX) : kindOf(kind));
    }

    static JsonObject job(JobRecord job) {
        JsonObject json = new JsonObject();
        json.addProperty("id", job.id);
        json.add("spec", spec(job.spec));
        json.addProperty("state", job.state.name());
        json.addProperty("progress", job.progress);
        json.addProperty("videoId", job.videoId);
        JsonArray requestIds = new JsonArray();
        job.requestIds.forEach(requestIds::add);
        json.add("requestIds", requestIds);
        json.add("transitions", transitions(job));
        json.addProperty("statusText", job.statusText);
        json.addProperty("submittedAt", text(job.submittedAt));
        json.addProperty("createdAt", text(job.createdAt));
        json.addProperty("outputFolder", job.outputFolder == null ? null : job.outputFolder.toString());
        json.addProperty("outputBase", job.outputBase);
        json.addProperty("videoFile", job.videoFile == null ? null : job.videoFile.toString());
        json.addProperty("sidecarFile", job.sidecarFile == null ? null : job.sidecarFile.toString());
        JsonArray responses = new JsonArray();
        job.responses.forEach(responses::add);
        json.add("responses", responses);
        json.addProperty("outcomeUnknown", job.outcomeUnknown);
        if (job.failure != null) {
            json.add("failure", failure(job.failure));
        }
        return json;
    }

    /** Reads a journal entry; a field that is missing or of the wrong kind fails with an {@link IllegalStateException} naming it. */
    static JobRecord job(JsonObject json) {
        JobRecord job = new JobRecord(required(json, "id"), spec(object(json, "spec")));
        job.state = state(json);
        job.progress = wholeNumber(json, "progress");
        job.videoId = string(json, "videoId");
        for (JsonElement id : array(json, "requestIds")) {
            job.requestIds.add(text(id, "a request id"));
        }
        for (JsonElement element : array(json, "transitions")) {
            if (!element.isJsonObject()) {
                throw new IllegalStateException("a transition must be an object, not " + kind(element));
            }
            JsonObject t = element.getAsJsonObject();
            job.transitions.add(new Transition(requiredInstant(t, "at"), state(t), string(t, "reason")));
        }
        job.statusText = string(json, "statusText") == null ? "" : string(json, "statusText");
        job.submittedAt = instant(json, "submittedAt");
        job.createdAt = instant(json, "createdAt");
        job.outputFolder = path(json, "outputFolder");
        job.outputBase = string(json, "outputBase");
        job.videoFile = path(json, "videoFile");
        job.sidecarFile = path(json, "sidecarFile");
        for (JsonElement response : array(json, "responses")) {
            if (!response.isJsonObject()) {
                throw new IllegalStateException("a response must be an object, not " + kind(response));
            }
            job.responses.add(response.getAsJsonObject());
        }
        JsonObject newest = job.responses.isEmpty() ? null : job.responses.get(job.responses.size() - 1);
        if (newest != null && newest.has("body") && newest.get("body").isJsonObject()) {
            job.lastResponse = newest.getAsJsonObject("body");
        } else if (json.has("lastResponse") && json.get("lastResponse").isJsonObject()) {
            // journals written before every answer was kept hold only the last one
            job.lastResponse = json.getAsJsonObject("lastResponse");
            JsonObject only = new JsonObject();
            only.add("body", job.lastResponse);
            job.responses.add(only);
        }
        job.outcomeUnknown = bool(json, "outcomeUnknown");
        // journals written before failures were recorded have none: the status text still says why
        job.failure = json.has("failure") && !json.get("failure").isJsonNull() && job.state == JobState.FAILED
                ? failure(object(json, "failure")) : null;
        return job;
    }

    /** A failed job's failure, as the journal and the sidecar keep it. */
    static JsonObject failure(Failure failure) {
        JsonObject json = new JsonObject();
        json.addProperty("kind", failure.kind().name());
        json.addProperty("message", failure.message());
        if (failure.httpStatus() > 0) {
            json.addProperty("httpStatus", failure.httpStatus());
        }
        json.addProperty("type", failure.errorType());
        json.addProperty("code", failure.errorCode());
        json.addProperty("param", failure.errorParam());
        JsonArray requestIds = new JsonArray();
        failure.requestIds().forEach(requestIds::add);
        json.add("requestIds", requestIds);
        if (failure.retryAfter() != null) {
            json.addProperty("retryAfterMillis", failure.retryAfter().toMillis());
        }
        return json;
    }

    /** Reads a failure; a kind this version does not know (a newer studio wrote it) counts as the server refusing the request. */
    static Failure failure(JsonObject json) {
        List<String> requestIds = new ArrayList<>();
        for (JsonElement id : array(json, "requestIds")) {
            requestIds.add(text(id, "a request id"));
        }
        int retryAfter = json.has("retryAfterMillis") ? wholeNumber(json, "retryAfterMillis") : -1;
        return new Failure(failureKind(string(json, "kind")), required(json, "message"), wholeNumber(json, "httpStatus"),
                string(json, "type"), string(json, "code"), string(json, "param"), requestIds,
                retryAfter < 0 ? null : Duration.ofMillis(retryAfter));
    }

    private static Failure.Kind failureKind(String name) {
        try {
            return name == null ? Failure.Kind.API_ERROR : Failure.Kind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return Failure.Kind.API_ERROR;
        }
    }

    /** The journal's own fields beside its jobs: whether the queue was paused. */
    static boolean bool(JsonObject json, String name) {
        JsonElement element = json.get(name);
        if (element == null || element.isJsonNull()) {
            return false;
        }
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isBoolean()) {
            throw new IllegalStateException("'" + name + "' must be true or false, not " + kind(element));
        }
        return element.getAsBoolean();
    }

    static JsonArray transitions(JobRecord job) {
        JsonArray array = new JsonArray();
        for (Transition t : job.transitions) {
            JsonObject json = new JsonObject();
            json.addProperty("at", t.at().toString());
            json.addProperty("state", t.state().name());
            json.addProperty("reason", t.reason());
            array.add(json);
        }
        return array;
    }

    /** The API's VideoResource as the server described it. */
    static JsonObject video(Video video) {
        JsonObject json = new JsonObject();
        json.addProperty("id", video.id());
        json.addProperty("object", "video");
        json.addProperty("model", video.model());
        json.addProperty("status", video.status().value());
        json.addProperty("progress", video.progress());
        json.addProperty("created_at", epoch(video.createdAt()));
        json.addProperty("completed_at", epoch(video.completedAt()));
        json.addProperty("expires_at", epoch(video.expiresAt()));
        json.addProperty("prompt", video.prompt());
        json.addProperty("size", video.size());
        json.addProperty("seconds", video.seconds());
        json.addProperty("remixed_from_video_id", video.remixedFromVideoId());
        if (video.error() != null) {
            JsonObject error = new JsonObject();
            error.addProperty("code", video.error().code());
            error.addProperty("message", video.error().message());
            json.add("error", error);
        }
        return json;
    }

    private static Long epoch(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(JsonObject json, String name) {
        String text = string(json, name);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("'" + name + "' must be a time such as 2026-01-31T12:00:00Z, not " + Json.excerpt(text), e);
        }
    }

    private static Instant requiredInstant(JsonObject json, String name) {
        Instant instant = instant(json, name);
        if (instant == null) {
            throw new IllegalStateException("field '" + name + "' is missing");
        }
        return instant;
    }

    private static JobSpec.Kind kindOf(String name) {
        try {
            return JobSpec.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("'kind' is not a kind of job: " + Json.excerpt(name), e);
        }
    }

    private static JobState state(JsonObject json) {
        String name = required(json, "state");
        try {
            return JobState.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("'state' is not a job state: " + Json.excerpt(name), e);
        }
    }

    private static Path path(JsonObject json, String name) {
        String text = string(json, name);
        try {
            return text == null ? null : Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalStateException("'" + name + "' is not a path: " + Json.excerpt(text), e);
        }
    }

    /** A text field (a number or true/false is taken as its text), or null when missing or null; a list or object is refused. */
    static String string(JsonObject json, String name) {
        JsonElement element = json.get(name);
        return element == null || element.isJsonNull() ? null : text(element, "'" + name + "'");
    }

    private static String text(JsonElement element, String what) {
        if (!element.isJsonPrimitive()) {
            throw new IllegalStateException(what + " must be a text, not " + kind(element));
        }
        return element.getAsString();
    }

    private static int wholeNumber(JsonObject json, String name) {
        JsonElement element = json.get(name);
        if (element == null || element.isJsonNull()) {
            return 0;
        }
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber()) {
            double number = element.getAsDouble(); // getAsInt fails on numbers beyond Gson's limits (1e99999)
            if (number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE) {
                return (int) number;
            }
        }
        throw new IllegalStateException("'" + name + "' must be a whole number, not " + kind(element));
    }

    private static JsonObject object(JsonObject json, String name) {
        JsonElement element = json.get(name);
        if (element == null || !element.isJsonObject()) {
            throw new IllegalStateException("'" + name + "' must be an object, not " + (element == null ? "missing" : kind(element)));
        }
        return element.getAsJsonObject();
    }

    private static JsonArray array(JsonObject json, String name) {
        JsonElement element = json.get(name);
        if (element == null || element.isJsonNull()) {
            return new JsonArray();
        }
        if (!element.isJsonArray()) {
            throw new IllegalStateException("'" + name + "' must be a list, not " + kind(element));
        }
        return element.getAsJsonArray();
    }

    private static String kind(JsonElement element) {
        return element.isJsonNull() ? "null" : element.isJsonObject() ? "an object" : element.isJsonArray() ? "a list"
                : Json.excerpt(element.toString());
    }

    private static String required(JsonObject json, String name) {
        String value = string(json, name);
        if (value == null) {
            throw new IllegalStateException("field '" + name + "' is missing");
        }
        return value;
    }
}
