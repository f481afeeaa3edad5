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
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sorastudio.simulator.videos.VideoModel;
import org.sorastudio.simulator.videos.VideoModels;
import org.sorastudio.simulator.videos.VideoSpec;

/** Turns create and remix request bodies into validated input, rejecting what the API rejects. */
final class VideoRequestReader {

    private static final Set<String> CREATE_FIELDS = Set.of("model", "prompt", "seconds", "size", "input_reference");
    private static final Set<String> REMIX_FIELDS = Set.of("prompt");
    private static final Set<String> EXTENSION_FIELDS = Set.of("video", "prompt", "seconds");
    private static final Set<String> EDIT_FIELDS = Set.of("video", "prompt");
    /** The extension segment's lengths, as the description's text has them (its enum lists only 4, 8 and 12). */
    static final java.util.List<String> EXTENSION_SECONDS = java.util.List.of("4", "8", "12", "16", "20");

    /**
     * An extension or edit request.
     *
     * @param videoId the source video, or null when it was uploaded
     * @param upload  the uploaded source video's bytes, or null when it is a reference
     * @param prompt  what happens next, or what to change
     * @param seconds the new segment's length (extensions only, else null)
     */
    record Derive(String videoId, byte[] upload, String prompt, String seconds) {
    }
    private static final int MAX_PROMPT_LENGTH = 32_000;
    private static final String REFERENCE = "input_reference";

    private VideoRequestReader() {
    }

    static VideoSpec readCreate(String contentType, byte[] body) {
        RequestFields fields = RequestFields.parse(contentType, body, CREATE_FIELDS);
        String prompt = prompt(fields);
        String modelName = fields.string("model").orElse(VideoModels.DEFAULT_MODEL);
        VideoModel model = VideoModels.find(modelName)
                .orElseThrow(() -> ApiError.invalidValue("model", modelName, VideoModels.baseNames()));
        String seconds = fields.string("seconds").orElse(VideoModels.DEFAULT_SECONDS);
        if (!model.seconds().contains(seconds)) {
            throw ApiError.invalidValue("seconds", seconds, model.seconds());
        }
        String size = fields.string("size").orElse(VideoModels.DEFAULT_SIZE);
        if (!model.sizes().contains(size)) {
            throw ApiError.invalidValue("size", size, model.sizes());
        }
        VideoSpec spec = new VideoSpec(model.id(), prompt, size, seconds);
        checkReference(fields, spec);
        return spec;
    }

    static String readRemixPrompt(String contentType, byte[] body) {
        return prompt(RequestFields.parse(contentType, body, REMIX_FIELDS));
    }

    static Derive readExtension(String contentType, byte[] body) {
        RequestFields fields = RequestFields.parse(contentType, body, EXTENSION_FIELDS);
        byte[] upload = upload(fields);
        String videoId = upload == null ? videoReference(fields) : null;
        String prompt = prompt(fields);
        String seconds = fields.string("seconds").orElseThrow(() -> ApiError.missingParameter("seconds"));
        if (!EXTENSION_SECONDS.contains(seconds)) {
            throw ApiError.invalidValue("seconds", seconds, EXTENSION_SECONDS);
        }
        return new Derive(videoId, upload, prompt, seconds);
    }

    static Derive readEdit(String contentType, byte[] body) {
        RequestFields fields = RequestFields.parse(contentType, body, EDIT_FIELDS);
        byte[] upload = upload(fields);
        String videoId = upload == null ? videoReference(fields) : null;
        return new Derive(videoId, upload, prompt(fields), null);
    }

    /** The bytes of a {@code video} file part (multipart only), or null when the video is given by reference. */
    private static byte[] upload(RequestFields fields) {
        return fields.file("video").map(MultipartForm.Part::content).orElse(null);
    }

    /** {@code video: {"id": ...}} (in a multipart form as JSON text). */
    private static String videoReference(RequestFields fields) {
        JsonObject reference = fields.object("video").orElseThrow(() -> ApiError.missingParameter("video"));
        for (String key : reference.keySet()) {
            if (!key.equals("id")) {
                throw ApiError.unknownParameter("video." + key);
            }
        }
        if (!reference.has("id") || reference.get("id").isJsonNull()) {
            throw ApiError.missingParameter("video.id");
        }
        if (!reference.get("id").isJsonPrimitive() || !reference.get("id").getAsJsonPrimitive().isString()) {
            throw ApiError.invalidType("video.id", "a string", RequestFields.describe(reference.get("id")));
        }
        String id = reference.get("id").getAsString();
        if (id.isEmpty()) {
            throw ApiError.invalidRequest("Invalid 'video.id': string too short. Expected a string with minimum length "
                    + "1, but got an empty string instead.", "video.id", "string_too_short");
        }
        return id;
    }

    private static String prompt(RequestFields fields) {
        String prompt = fields.string("prompt").orElseThrow(() -> ApiError.missingParameter("prompt"));
        if (prompt.isEmpty()) {
            throw ApiError.invalidRequest("Invalid 'prompt': string too short. Expected a string with minimum length 1, "
                    + "but got an empty string instead.", "prompt", "string_too_short");
        }
        if (prompt.length() > MAX_PROMPT_LENGTH) {
            throw ApiError.invalidRequest("Invalid 'prompt': string too long. Expected a string with maximum length "
                    + MAX_PROMPT_LENGTH + ", but got a string with length " + prompt.length() + " instead.",
                    "prompt", "string_above_max_length");
        }
        return prompt;
    }

    private static void checkReference(RequestFields fields, VideoSpec spec) {
        Optional<MultipartForm.Part> upload = fields.file(REFERENCE);
        if (upload.isPresent()) {
            checkImage(upload.get().content(), spec);
            return;
        }
        Optional<JsonObject> reference = fields.object(REFERENCE);
        if (reference.isEmpty()) {
            return;
        }
        JsonObject object = reference.get();
        boolean hasUrl = object.has("image_url");
        if (hasUrl == object.has("file_id")) {
            throw ApiError.invalidRequest("Invalid 'input_reference': provide exactly one of 'image_url' or 'file_id'.",
                    REFERENCE, "invalid_value");
        }
        for (String key : object.keySet()) {
            if (!key.equals("image_url") && !key.equals("file_id")) {
                throw ApiError.unknownParameter(REFERENCE + "." + key);
            }
        }
        String field = hasUrl ? "image_url" : "file_id";
        if (!object.get(field).isJsonPrimitive() || !object.get(field).getAsJsonPrimitive().isString()) {
            throw ApiError.invalidType(REFERENCE + "." + field, "a string", RequestFields.describe(object.get(field)));
        }
        if (hasUrl) {
            checkImageUrl(object.get("image_url").getAsString(), spec);
        }
        // A file_id names an upload in OpenAI's Files API, which the simulator does not have: accepted as is.
    }

    /** Data URLs are decoded and checked; http(s) URLs cannot be fetched offline and are accepted as is. */
    private static void checkImageUrl(String url, VideoSpec spec) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return;
        }
        int comma = url.indexOf(',');
        if (!lower.startsWith("data:") || comma < 0 || !lower.substring(0, comma).endsWith(";base64")) {
            throw ApiError.invalidRequest("Invalid 'input_reference.image_url': expected an http(s) URL or a base64 "
                    + "data URL.", REFERENCE + ".image_url", "invalid_value");
        }
        byte[] image;
        try {
            image = Base64.getDecoder().decode(url.substring(comma + 1).strip());
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidRequest("Invalid 'input_reference.image_url': the data URL is not valid base64.",
                    REFERENCE + ".image_url", "invalid_value");
        }
        checkImage(image, spec);
    }

    private static void checkImage(byte[] image, VideoSpec spec) {
        ImageDimensions dimensions = ImageDimensions.read(image).orElseThrow(() -> ApiError.invalidRequest(
                "Invalid 'input_reference': the file is not a PNG, JPEG or WebP image.", REFERENCE, "invalid_image"));
        if (dimensions.width() != spec.width() || dimensions.height() != spec.height()) {
            throw ApiError.invalidRequest("Inpaint image must match the requested width and height (the image is "
                    + dimensions.width() + "x" + dimensions.height() + ", the requested size is " + spec.size() + ").",
                    REFERENCE, "invalid_value");
        }
    }
}
