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
package org.sorastudio.simulator.render;

/**
 * What a rendered clip looks like; equal specs share one rendering.
 *
 * @param width   pixels
 * @param height  pixels
 * @param seconds duration (of the whole clip: an extension's includes its source)
 * @param prompt  the text shown on every frame (of the new segment, for an extension)
 * @param base    the clip this one extends or edits, or null for a clip of its own
 * @param upload  the digest of an uploaded video this clip is (see {@link ClipRenderer#importUpload}), or null for a
 *                rendered clip
 */
public record ClipSpec(int width, int height, int seconds, String prompt, Base base, String upload) {

    public ClipSpec(int width, int height, int seconds, String prompt) {
        this(width, height, seconds, prompt, null, null);
    }

    public ClipSpec(int width, int height, int seconds, String prompt, Base base) {
        this(width, height, seconds, prompt, base, null);
    }

    /** An uploaded video, scaled to {@code width x height} and cut to whole {@code seconds}. */
    public static ClipSpec uploaded(int width, int height, int seconds, String digest) {
        return new ClipSpec(width, height, seconds, "", null, java.util.Objects.requireNonNull(digest, "digest"));
    }

    /** What is done to a base clip. */
    public enum Treatment {
        /** The base clip, then a new segment whose running time continues where the base ended. */
        CONTINUE,
        /** The base clip with its colours turned and the edit's prompt shown over it. */
        RECOLOUR
    }

    /**
     * @param treatment what is done to the base clip
     * @param clip      the base clip
     */
    public record Base(Treatment treatment, ClipSpec clip) {
    }

    /** Every piece of the spec, nested bases included, as one string for a digest. */
    String key() {
        if (upload != null) {
            return "upload/" + upload + "/" + width + "x" + height + "/" + seconds;
        }
        String own = width + "x" + height + "/" + seconds + "/" + prompt;
        return base == null ? own : own + "/" + base.treatment() + "(" + base.clip().key() + ")";
    }
}
