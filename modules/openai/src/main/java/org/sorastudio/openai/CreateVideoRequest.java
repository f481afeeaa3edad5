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
package org.sorastudio.openai;

import java.util.Objects;

/**
 * Parameters of {@code POST /videos}. Only the prompt is required; a {@code null} field is left out
 * so the server applies its default. Model, size and seconds are free strings because compatible
 * servers accept values the OpenAI API does not list.
 *
 * @param prompt    text describing the video (1..32000 characters)
 * @param model     e.g. {@code sora-2}, or {@code null}
 * @param seconds   e.g. {@code "8"}, or {@code null}
 * @param size      e.g. {@code "1280x720"}, or {@code null}
 * @param reference optional guiding image, or {@code null}
 */
public record CreateVideoRequest(String prompt, String model, String seconds, String size, InputReference reference) {

    public static final int MAX_PROMPT_LENGTH = 32_000;

    public CreateVideoRequest {
        Objects.requireNonNull(prompt, "prompt");
        if (prompt.isBlank()) {
            throw new IllegalArgumentException("prompt must not be empty");
        }
        if (prompt.length() > MAX_PROMPT_LENGTH) {
            throw new IllegalArgumentException("prompt has " + prompt.length()
                    + " characters, at most " + MAX_PROMPT_LENGTH + " are allowed");
        }
    }

    public static CreateVideoRequest of(String prompt, String model, int seconds, String size) {
        return new CreateVideoRequest(prompt, model, Integer.toString(seconds), size, null);
    }

    public CreateVideoRequest withReference(InputReference newReference) {
        return new CreateVideoRequest(prompt, model, seconds, size, newReference);
    }
}
