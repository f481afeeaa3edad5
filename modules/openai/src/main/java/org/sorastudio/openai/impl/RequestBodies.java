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
package org.sorastudio.openai.impl;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.sorastudio.openai.CreateCharacterRequest;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.EditVideoRequest;
import org.sorastudio.openai.ExtendVideoRequest;
import org.sorastudio.openai.InputReference;

/** Builds the request bodies the API describes (CreateVideo*Body, CreateVideoRemixBody, CreateModerationRequest). */
final class RequestBodies {

    private RequestBodies() {
    }

    /** Multipart when a local file is uploaded, JSON otherwise; absent fields are left out. */
    static RequestBody createVideo(CreateVideoRequest request) {
        if (request.reference() instanceof InputReference.ImageFile file) {
            List<RequestBody.TextField> fields = new ArrayList<>();
            fields.add(new RequestBody.TextField("prompt", request.prompt()));
            addIfPresent(fields, "model", request.model());
            addIfPresent(fields, "seconds", request.seconds());
            addIfPresent(fields, "size", request.size());
            return new RequestBody.Multipart(fields,
                    new RequestBody.FilePart("input_reference", file.file(), file.contentType()));
        }
        JsonObject json = new JsonObject();
        json.addProperty("prompt", request.prompt());
        addIfPresent(json, "model", request.model());
        addIfPresent(json, "seconds", request.seconds());
        addIfPresent(json, "size", request.size());
        if (request.reference() instanceof InputReference.ImageUrl url) {
            JsonObject reference = new JsonObject();
            reference.addProperty("image_url", url.url());
            json.add("input_reference", reference);
        } else if (request.reference() instanceof InputReference.FileId fileId) {
            JsonObject reference = new JsonObject();
            reference.addProperty("file_id", fileId.id());
            json.add("input_reference", reference);
        }
        return new RequestBody.Json(json.toString());
    }

    static RequestBody remix(String prompt) {
        JsonObject json = new JsonObject();
        json.addProperty("prompt", prompt);
        return new RequestBody.Json(json.toString());
    }

    /** JSON {@code {"video": {"id"}, "prompt", "seconds"}}; multipart with the {@code video} file when it is uploaded. */
    static RequestBody extend(ExtendVideoRequest request) {
        if (request.upload() != null) {
            return videoUpload(request.upload(), List.of(new RequestBody.TextField("prompt", request.prompt()),
                    new RequestBody.TextField("seconds", request.seconds())));
        }
        JsonObject json = videoReference(request.videoId());
        json.addProperty("prompt", request.prompt());
        json.addProperty("seconds", request.seconds());
        return new RequestBody.Json(json.toString());
    }

    /** JSON {@code {"video": {"id"}, "prompt"}}; multipart with the {@code video} file when it is uploaded. */
    static RequestBody edit(EditVideoRequest request) {
        if (request.upload() != null) {
            return videoUpload(request.upload(), List.of(new RequestBody.TextField("prompt", request.prompt())));
        }
        JsonObject json = videoReference(request.videoId());
        json.addProperty("prompt", request.prompt());
        return new RequestBody.Json(json.toString());
    }

    private static RequestBody videoUpload(java.nio.file.Path video, List<RequestBody.TextField> fields) {
        return new RequestBody.Multipart(fields,
                new RequestBody.FilePart("video", video, CreateCharacterRequest.videoContentType(video)));
    }

    /** multipart/form-data: {@code name} and the {@code video} file. */
    static RequestBody character(CreateCharacterRequest request) {
        return new RequestBody.Multipart(List.of(new RequestBody.TextField("name", request.name())),
                new RequestBody.FilePart("video", request.video(), request.contentType()));
    }

    private static JsonObject videoReference(String videoId) {
        JsonObject reference = new JsonObject();
        reference.addProperty("id", videoId.strip());
        JsonObject json = new JsonObject();
        json.add("video", reference);
        return json;
    }

    /** One input goes as a string, several as an array of strings. */
    static RequestBody moderation(List<String> inputs) {
        JsonObject json = new JsonObject();
        if (inputs.size() == 1) {
            json.addProperty("input", inputs.get(0));
        } else {
            JsonArray array = new JsonArray();
            inputs.forEach(array::add);
            json.add("input", array);
        }
        return new RequestBody.Json(json.toString());
    }

    /** A text request to the Responses API; not stored on the server, since nobody will continue it. */
    static RequestBody response(String model, String instructions, String input, int maxOutputTokens) {
        JsonObject json = new JsonObject();
        json.addProperty("model", model);
        json.addProperty("instructions", instructions);
        json.addProperty("input", input);
        json.addProperty("max_output_tokens", maxOutputTokens);
        json.addProperty("store", false);
        return new RequestBody.Json(json.toString());
    }

    private static void addIfPresent(List<RequestBody.TextField> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new RequestBody.TextField(name, value));
        }
    }

    private static void addIfPresent(JsonObject json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.addProperty(name, value);
        }
    }
}
