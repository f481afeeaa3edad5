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
package org.sorastudio.simulator.http;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.simulator.render.VideoProbe;
import org.sorastudio.simulator.videos.Character;
import org.sorastudio.simulator.videos.CharacterStore;

/** {@code POST /videos/characters} (multipart: {@code video} file + {@code name}) and {@code GET /videos/characters/{id}}. */
final class CharacterEndpoints {

    private static final Logger LOG = Logger.getLogger(CharacterEndpoints.class.getName());
    private static final Set<String> FIELDS = Set.of("video", "name");
    /** The schema's {@code maxLength} of {@code name}. */
    static final int MAX_NAME_LENGTH = 80;
    /** Shortest and longest character clip: 2..4 s, as Sora's character guidance has it (the schema says nothing). */
    static final double MIN_CLIP_SECONDS = 2;
    static final double MAX_CLIP_SECONDS = 4;
    /** Start and end frames of a clip cut at whole seconds may round its duration a little over. */
    private static final double DURATION_SLACK = 0.1;

    private final CharacterStore store;
    private final LongSupplier clock;

    CharacterEndpoints(CharacterStore store, LongSupplier clock) {
        this.store = store;
        this.clock = clock;
    }

    void create(ApiExchange exchange) throws IOException {
        String contentType = exchange.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiError.invalidRequest("Unsupported content type: '" + (contentType == null ? "" : contentType)
                    + "'. This API method only accepts 'multipart/form-data' requests.", null,
                    "unsupported_content_type");
        }
        RequestFields fields = RequestFields.parse(contentType, exchange.body(), FIELDS);
        String name = name(fields);
        MultipartForm.Part video = fields.file("video").orElseThrow(() -> fields.value("video").isPresent()
                ? ApiError.invalidType("video", "a file upload", RequestFields.describe(fields.value("video").get()))
                : ApiError.missingParameter("video"));
        checkClip(video.content());
        Character character;
        try {
            character = store.create(name, clock.getAsLong() / 1000);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The simulator could not record a character", e);
            throw new ApiError(500, "server_error", "The simulator could not record the character: " + e.getMessage(),
                    null, null);
        }
        exchange.sendJson(200, json(character));
    }

    void retrieve(ApiExchange exchange, String id) throws IOException {
        Character character = store.find(id).orElseThrow(() -> ApiError.notFound("Character with id '" + id
                + "' not found.", "character_id"));
        exchange.sendJson(200, json(character));
    }

    private static String name(RequestFields fields) {
        String name = fields.string("name").orElseThrow(() -> ApiError.missingParameter("name"));
        if (name.isEmpty()) {
            throw ApiError.invalidRequest("Invalid 'name': string too short. Expected a string with minimum length 1, "
                    + "but got an empty string instead.", "name", "string_too_short");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw ApiError.invalidRequest("Invalid 'name': string too long. Expected a string with maximum length "
                    + MAX_NAME_LENGTH + ", but got a string with length " + name.length() + " instead.", "name",
                    "string_above_max_length");
        }
        return name;
    }

    private static void checkClip(byte[] upload) {
        OptionalDouble duration;
        try {
            duration = VideoProbe.videoDuration(upload);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not probe an uploaded character clip", e);
            throw new ApiError(500, "server_error", "The simulator could not read the upload: " + e.getMessage(), null,
                    null);
        }
        if (duration.isEmpty()) {
            throw ApiError.invalidRequest("Invalid 'video': the file is not a video (upload an MP4, MOV or WebM clip).",
                    "video", "invalid_value");
        }
        double seconds = duration.getAsDouble();
        if (seconds < MIN_CLIP_SECONDS - DURATION_SLACK || seconds > MAX_CLIP_SECONDS + DURATION_SLACK) {
            throw ApiError.invalidRequest(String.format(Locale.ROOT, "Invalid 'video': the clip is %.1f seconds long; "
                    + "a character clip must be between %.0f and %.0f seconds.", seconds, MIN_CLIP_SECONDS,
                    MAX_CLIP_SECONDS), "video", "invalid_value");
        }
    }

    /** A VideoCharacterResource. */
    private static JsonObject json(Character character) {
        JsonObject json = new JsonObject();
        json.addProperty("id", character.id());
        json.addProperty("name", character.name());
        json.addProperty("created_at", character.createdAt());
        return json;
    }
}
