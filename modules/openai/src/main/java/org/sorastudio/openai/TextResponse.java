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
 * A text answer from {@code POST /responses}: its output text joined, and what it cost in tokens.
 *
 * @param id               the response id ({@code resp_...})
 * @param model            the model that answered
 * @param status           {@code completed}, or e.g. {@code incomplete} when it was cut off
 * @param text             the output text parts joined; empty when the model wrote nothing
 * @param incompleteReason why an incomplete answer stopped ({@code max_output_tokens}, {@code content_filter}), or null
 * @param usage            the tokens counted, or {@link TokenUsage#UNKNOWN} when the server sent no {@code usage}
 */
public record TextResponse(String id, String model, String status, String text, String incompleteReason, TokenUsage usage) {

    public TextResponse {
        text = text == null ? "" : text;
        Objects.requireNonNull(usage, "usage");
    }

    /** Whether the model finished its answer. */
    public boolean completed() {
        return "completed".equals(status);
    }

    /**
     * Tokens counted for one response.
     *
     * @param inputTokens  tokens read (instructions and input)
     * @param outputTokens tokens written
     * @param totalTokens  both, as the server counts them
     */
    public record TokenUsage(long inputTokens, long outputTokens, long totalTokens) {

        /** A server that sent no {@code usage}. */
        public static final TokenUsage UNKNOWN = new TokenUsage(-1, -1, -1);

        public boolean known() {
            return totalTokens >= 0;
        }
    }
}
