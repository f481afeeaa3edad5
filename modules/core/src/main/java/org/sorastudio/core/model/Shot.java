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
package org.sorastudio.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One video to generate: what the user writes in the Shot editor or a CSV row expands to.
 *
 * @param id             stable identifier inside the project
 * @param prompt         the text prompt
 * @param model          model name as the server knows it ({@code sora-2}, or a gateway's name)
 * @param size           output size as {@code WIDTHxHEIGHT}
 * @param seconds        clip length in seconds
 * @param referenceImage path of an optional reference image, or {@code null}
 * @param overrides      per-shot parameters that win over project and settings defaults
 *                       (output name pattern, profile, ...); never {@code null}
 */
public record Shot(String id, String prompt, String model, String size, int seconds,
        String referenceImage, Map<String, String> overrides) {

    public static final String DEFAULT_MODEL = "sora-2";
    public static final String DEFAULT_SIZE = "1280x720";
    public static final int DEFAULT_SECONDS = 4;
    /**
     * The override naming a completed video this shot remixes: the server keeps that video's model,
     * size and length and changes what the prompt says.
     */
    public static final String REMIX_OF = "remixOf";
    /**
     * The override naming the clip's file (without extension) inside the output folder: a CSV batch's output column or
     * output-name pattern. It is one file name, never a path.
     */
    public static final String OUTPUT_NAME = "outputName";
    /**
     * The override saying how the reference image is fitted to the shot's size: {@code resize}, {@code crop} (centre),
     * {@code crop@X,Y} (a focal point as fractions of the image), {@code letterbox} (black bars),
     * {@code letterbox:#RRGGBB} or {@code letterbox:blur}. The images module reads it; absent means {@code crop}.
     */
    public static final String REFERENCE_FIT = "referenceFit";

    public Shot {
        Objects.requireNonNull(id, "id");
        prompt = prompt == null ? "" : prompt;
        model = model == null ? DEFAULT_MODEL : model;
        size = size == null ? DEFAULT_SIZE : size;
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }

    /** A new shot with a fresh id and the API's defaults. */
    public static Shot create(String prompt) {
        return new Shot(UUID.randomUUID().toString(), prompt, DEFAULT_MODEL, DEFAULT_SIZE, DEFAULT_SECONDS, null, Map.of());
    }

    public Shot withPrompt(String value) {
        return new Shot(id, value, model, size, seconds, referenceImage, overrides);
    }

    public Shot withModel(String value) {
        return new Shot(id, prompt, value, size, seconds, referenceImage, overrides);
    }

    public Shot withSize(String value) {
        return new Shot(id, prompt, model, value, seconds, referenceImage, overrides);
    }

    public Shot withSeconds(int value) {
        return new Shot(id, prompt, model, size, value, referenceImage, overrides);
    }

    public Shot withReferenceImage(String value) {
        return new Shot(id, prompt, model, size, seconds, value, overrides);
    }

    /** How the reference image is fitted to the shot's size ({@link #REFERENCE_FIT}), if the user chose. */
    public java.util.Optional<String> referenceFit() {
        return java.util.Optional.ofNullable(overrides.get(REFERENCE_FIT)).filter(fit -> !fit.isBlank());
    }

    /** The same shot with {@code fit} as its reference fit, or the default fit when it is {@code null} or blank. */
    public Shot withReferenceFit(String fit) {
        var copy = new java.util.LinkedHashMap<>(overrides);
        if (fit == null || fit.isBlank()) {
            copy.remove(REFERENCE_FIT);
        } else {
            copy.put(REFERENCE_FIT, fit.strip());
        }
        return withOverrides(copy);
    }

    /**
     * The same shot with a relative reference image resolved against {@code folder} (a project's or a CSV file's):
     * the studio and the CLI resolve a project's paths with this one rule. URLs, data URLs and absolute paths stay.
     */
    public Shot withReferenceResolvedAgainst(java.nio.file.Path folder) {
        if (folder == null || referenceImage == null || referenceImage.isBlank() || referenceImage.contains("://")
                || referenceImage.startsWith("data:")) {
            return this;
        }
        java.nio.file.Path path;
        try {
            path = java.nio.file.Path.of(referenceImage.strip());
        } catch (java.nio.file.InvalidPathException e) {
            return this; // the validator says what is wrong with it
        }
        return path.isAbsolute() ? this : withReferenceImage(folder.resolve(path).normalize().toString());
    }

    /** The video this shot remixes, if it is a remix. */
    public java.util.Optional<String> remixOf() {
        return java.util.Optional.ofNullable(overrides.get(REMIX_OF)).filter(id -> !id.isBlank());
    }

    /** The same shot as a remix of {@code videoId}, or as a new generation when it is {@code null} or blank. */
    public Shot withRemixOf(String videoId) {
        var copy = new java.util.LinkedHashMap<>(overrides);
        if (videoId == null || videoId.isBlank()) {
            copy.remove(REMIX_OF);
        } else {
            copy.put(REMIX_OF, videoId.trim());
        }
        return withOverrides(copy);
    }

    public Shot withOverrides(Map<String, String> value) {
        return new Shot(id, prompt, model, size, seconds, referenceImage, value);
    }
}
