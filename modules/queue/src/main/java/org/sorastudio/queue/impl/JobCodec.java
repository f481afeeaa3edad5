package org.sorastudio.queue.impl;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
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

    static JobSpec spec(JsonObject json) {
        // journals written before extensions and edits name only remixOf
        String kind = string(json, "kind");
        String source = kind == null ? string(json, "remixOf") : string(json, "sourceVideoId");
        return new JobSpec(string(json, "shotId"), required(json, "prompt"), string(json, "model"),
                string(json, "size"), json.has("seconds") ? json.get("seconds").getAsInt() : 0,
                string(json, "referenceImage"), required(json, "profile"), source, string(json, "outputName"),
                kind == null ? (source == null ? JobSpec.Kind.CREATE : JobSpec.Kind.REMIX) : JobSpec.Kind.valueOf(kind));
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
        json.add("lastResponse", job.lastResponse);
        json.addProperty("outcomeUnknown", job.outcomeUnknown);
        return json;
    }

    static JobRecord job(JsonObject json) {
        JobRecord job = new JobRecord(required(json, "id"), spec(json.getAsJsonObject("spec")));
        job.state = JobState.valueOf(required(json, "state"));
        job.progress = json.has("progress") ? json.get("progress").getAsInt() : 0;
        job.videoId = string(json, "videoId");
        if (json.has("requestIds")) {
            json.getAsJsonArray("requestIds").forEach(id -> job.requestIds.add(id.getAsString()));
        }
        if (json.has("transitions")) {
            for (JsonElement element : json.getAsJsonArray("transitions")) {
                JsonObject t = element.getAsJsonObject();
                job.transitions.add(new Transition(Instant.parse(required(t, "at")),
                        JobState.valueOf(required(t, "state")), string(t, "reason")));
            }
        }
        job.statusText = string(json, "statusText") == null ? "" : string(json, "statusText");
        job.submittedAt = instant(json, "submittedAt");
        job.createdAt = instant(json, "createdAt");
        job.outputFolder = path(json, "outputFolder");
        job.outputBase = string(json, "outputBase");
        job.videoFile = path(json, "videoFile");
        job.sidecarFile = path(json, "sidecarFile");
        job.lastResponse = json.has("lastResponse") && json.get("lastResponse").isJsonObject()
                ? json.getAsJsonObject("lastResponse") : null;
        job.outcomeUnknown = json.has("outcomeUnknown") && json.get("outcomeUnknown").getAsBoolean();
        return job;
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
        return text == null ? null : Instant.parse(text);
    }

    private static Path path(JsonObject json, String name) {
        String text = string(json, name);
        return text == null ? null : Path.of(text);
    }

    private static String string(JsonObject json, String name) {
        JsonElement element = json.get(name);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    private static String required(JsonObject json, String name) {
        String value = string(json, name);
        if (value == null) {
            throw new IllegalStateException("field '" + name + "' is missing");
        }
        return value;
    }
}
