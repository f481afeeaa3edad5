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

import java.nio.file.Path;
import java.util.Objects;

/**
 * Parameters of {@code POST /videos/extensions}: continue a completed video, given by id or uploaded.
 *
 * @param videoId the completed video to extend (sent as {@code video: {"id": ...}}), or null when {@code upload} is given
 * @param upload  a video file to extend instead (sent as the multipart {@code video} file), or null
 * @param prompt  what happens next (1..32000 characters)
 * @param seconds length of the new segment, e.g. {@code "8"}; the result's {@code seconds} is the stitched total
 */
public record ExtendVideoRequest(String videoId, Path upload, String prompt, String seconds) {

    /** Extends the server's completed video {@code videoId}. */
    public ExtendVideoRequest(String videoId, String prompt, String seconds) {
        this(requireVideoId(videoId), null, prompt, seconds);
    }

    /** Extends an uploaded video file (MP4, MOV or WebM). */
    public static ExtendVideoRequest ofUpload(Path video, String prompt, String seconds) {
        return new ExtendVideoRequest(null, Objects.requireNonNull(video, "video"), prompt, seconds);
    }

    public ExtendVideoRequest {
        requireOneSource(videoId, upload);
        requirePrompt(prompt);
        Objects.requireNonNull(seconds, "seconds");
        if (seconds.isBlank()) {
            throw new IllegalArgumentException("an extension needs the new segment's length in seconds");
        }
    }

    static String requireVideoId(String videoId) {
        Objects.requireNonNull(videoId, "videoId");
        if (videoId.isBlank()) {
            throw new IllegalArgumentException("video id must not be empty");
        }
        return videoId;
    }

    /** Exactly one of a video id and an uploaded file. */
    static void requireOneSource(String videoId, Path upload) {
        if (upload == null) {
            requireVideoId(videoId);
        } else if (videoId != null) {
            throw new IllegalArgumentException("give the source video by id or as an upload, not both");
        }
    }

    static void requirePrompt(String prompt) {
        Objects.requireNonNull(prompt, "prompt");
        if (prompt.isBlank()) {
            throw new IllegalArgumentException("prompt must not be empty");
        }
        if (prompt.length() > CreateVideoRequest.MAX_PROMPT_LENGTH) {
            throw new IllegalArgumentException("prompt has " + prompt.length() + " characters, at most "
                    + CreateVideoRequest.MAX_PROMPT_LENGTH + " are allowed");
        }
    }
}
