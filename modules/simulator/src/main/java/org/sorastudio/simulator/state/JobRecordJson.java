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
package org.sorastudio.simulator.state;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.sorastudio.simulator.videos.JobOutcome;
import org.sorastudio.simulator.videos.JobRecord;
import org.sorastudio.simulator.videos.VideoJob;
import org.sorastudio.simulator.videos.VideoSpec;

/** One {@link JobRecord} as one line of compact JSON (string escapes keep newlines out of it). */
final class JobRecordJson {

    private static final String ACCEPTED = "accepted";
    private static final String DELETED = "deleted";

    private JobRecordJson() {
    }

    static String encode(JobRecord record) {
        JsonObject json = new JsonObject();
        if (record instanceof JobRecord.Accepted accepted) {
            VideoJob job = accepted.job();
            json.addProperty("type", ACCEPTED);
            json.addProperty("id", job.id());
            json.addProperty("sequence", job.sequence());
            json.addProperty("model", job.spec().model());
            json.addProperty("prompt", job.spec().prompt());
            json.addProperty("size", job.spec().size());
            json.addProperty("seconds", job.spec().seconds());
            if (job.spec().derivedFrom() != null) {
                json.add("derivedFrom", derivation(job.spec().derivedFrom()));
            }
            json.add("remixedFromId", job.remixedFromId() == null ? JsonNull.INSTANCE
                    : new JsonPrimitive(job.remixedFromId()));
            json.addProperty("createdAt", job.createdAt());
            json.addProperty("startsAt", job.startsAt());
            json.addProperty("renderMillis", job.renderMillis());
            json.addProperty("endsAt", job.endsAt());
            json.addProperty("outcome", job.outcome().name());
            json.addProperty("keyId", accepted.keyId());
        } else if (record instanceof JobRecord.Deleted deleted) {
            json.addProperty("type", DELETED);
            json.addProperty("id", deleted.id());
        }
        return json.toString();
    }

    /**
     * Reads one line.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static JobRecord decode(String line) {
        JsonObject json;
        try {
            JsonElement element = JsonParser.parseString(line);
            if (!element.isJsonObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            json = element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not valid JSON", e);
        }
        String type = string(json, "type");
        return switch (type) {
            case ACCEPTED -> new JobRecord.Accepted(new VideoJob(string(json, "id"), number(json, "sequence"),
                    spec(json),
                    optionalString(json, "remixedFromId"), number(json, "createdAt"), number(json, "startsAt"),
                    number(json, "renderMillis"), number(json, "endsAt"), outcome(json)), string(json, "keyId"));
            case DELETED -> new JobRecord.Deleted(string(json, "id"));
            default -> throw new IllegalArgumentException("unknown record type '" + type + "'");
        };
    }

    /** An extension's or edit's source, with the source's own source if it has one. */
    private static JsonObject derivation(VideoSpec.Derivation derivation) {
        VideoSpec source = derivation.source();
        JsonObject json = new JsonObject();
        json.addProperty("kind", derivation.kind().name());
        json.addProperty("sourceId", derivation.sourceId());
        json.addProperty("model", source.model());
        json.addProperty("prompt", source.prompt());
        json.addProperty("size", source.size());
        json.addProperty("seconds", source.seconds());
        if (source.derivedFrom() != null) {
            json.add("derivedFrom", derivation(source.derivedFrom()));
        }
        return json;
    }

    private static VideoSpec spec(JsonObject json) {
        VideoSpec.Derivation derivedFrom = null;
        JsonElement from = json.get("derivedFrom");
        if (from != null && !from.isJsonNull()) {
            if (!from.isJsonObject()) {
                throw new IllegalArgumentException("'derivedFrom' is not an object");
            }
            JsonObject source = from.getAsJsonObject();
            VideoSpec.Kind kind;
            try {
                kind = VideoSpec.Kind.valueOf(string(source, "kind"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown derivation '" + string(source, "kind") + "'", e);
            }
            derivedFrom = new VideoSpec.Derivation(kind, string(source, "sourceId"), spec(source));
        }
        return new VideoSpec(string(json, "model"), string(json, "prompt"), string(json, "size"), string(json, "seconds"),
                derivedFrom);
    }

    private static JobOutcome outcome(JsonObject json) {
        String name = string(json, "outcome");
        try {
            return JobOutcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown outcome '" + name + "'", e);
        }
    }

    private static String string(JsonObject json, String field) {
        String value = optionalString(json, field);
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value;
    }

    private static String optionalString(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException("'" + field + "' is not a string");
        }
        return value.getAsString();
    }

    private static long number(JsonObject json, String field) {
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not a number");
        }
        return value.getAsLong();
    }
}
