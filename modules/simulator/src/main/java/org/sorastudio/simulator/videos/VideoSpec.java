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
package org.sorastudio.simulator.videos;

/**
 * A validated request for one clip.
 *
 * @param model       an id from {@link VideoModels}
 * @param prompt      the text the clip shows
 * @param size        {@code WIDTHxHEIGHT}, one the model accepts
 * @param seconds     the duration as the API spells it ({@code "4"}); for an extension the stitched total
 * @param derivedFrom the video this one extends or edits, or null for a new generation or a remix
 */
public record VideoSpec(String model, String prompt, String size, String seconds, Derivation derivedFrom) {

    /** A new generation (or a remix, whose source is recorded on the job, not in what it renders). */
    public VideoSpec(String model, String prompt, String size, String seconds) {
        this(model, prompt, size, seconds, null);
    }

    public int width() {
        return Integer.parseInt(size.substring(0, size.indexOf('x')));
    }

    public int height() {
        return Integer.parseInt(size.substring(size.indexOf('x') + 1));
    }

    public int durationSeconds() {
        return Integer.parseInt(seconds);
    }

    /** How a video was made from another one. */
    public enum Kind {
        /** {@code POST /videos/extensions}: the source continued, the result is the stitched whole. */
        EXTENSION,
        /** {@code POST /videos/edits}: a changed copy of the source, as long as it. */
        EDIT
    }

    /**
     * The source of an extension or an edit, with its spec as it was when the job was accepted, so the
     * result can still be rendered after the source was deleted.
     *
     * @param kind     extension or edit
     * @param sourceId the source video's id
     * @param source   what the source renders
     */
    public record Derivation(Kind kind, String sourceId, VideoSpec source) {
    }
}
