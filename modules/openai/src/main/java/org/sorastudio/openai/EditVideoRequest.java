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
 * Parameters of {@code POST /videos/edits}: a changed copy of a completed video, given by id or uploaded.
 *
 * @param videoId the completed video to edit (sent as {@code video: {"id": ...}}), or null when {@code upload} is given
 * @param upload  a video file to edit instead (sent as the multipart {@code video} file), or null
 * @param prompt  what to change (1..32000 characters)
 */
public record EditVideoRequest(String videoId, Path upload, String prompt) {

    /** Edits the server's completed video {@code videoId}. */
    public EditVideoRequest(String videoId, String prompt) {
        this(ExtendVideoRequest.requireVideoId(videoId), null, prompt);
    }

    /** Edits an uploaded video file (MP4, MOV or WebM). */
    public static EditVideoRequest ofUpload(Path video, String prompt) {
        return new EditVideoRequest(null, Objects.requireNonNull(video, "video"), prompt);
    }

    public EditVideoRequest {
        ExtendVideoRequest.requireOneSource(videoId, upload);
        ExtendVideoRequest.requirePrompt(prompt);
    }
}
