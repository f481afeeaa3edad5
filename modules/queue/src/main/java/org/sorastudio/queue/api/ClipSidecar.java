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
package org.sorastudio.queue.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.io.JsonDataFile;

/**
 * What the sidecar beside a downloaded clip ({@code BASE.json} beside {@code BASE.mp4}, written by the queue) says
 * about the video it holds: enough to extend or edit it later, after the job has left the queue.
 *
 * @param videoId the server's id of the video
 * @param prompt  the prompt it was made with
 * @param profile the server profile it was made on
 */
public record ClipSidecar(String videoId, String prompt, String profile) {

    /** The finished job's facts, without reading any file. */
    public static Optional<ClipSidecar> of(Job job) {
        return job.videoId() == null ? Optional.empty()
                : Optional.of(new ClipSidecar(job.videoId(), job.spec().prompt(), job.spec().profile()));
    }

    /** Reads the sidecar beside {@code clip}; empty when there is none or it names no video. Does file I/O: not on the EDT. */
    public static Optional<ClipSidecar> beside(Path clip) {
        String name = FilePaths.name(clip);
        int dot = name.lastIndexOf('.');
        Path sidecar = clip.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        try {
            JsonObject json = JsonDataFile.read(sidecar);
            String videoId = text(json, "videoId");
            JsonObject request = json.has("request") && json.get("request").isJsonObject()
                    ? json.getAsJsonObject("request") : new JsonObject();
            return videoId == null ? Optional.empty()
                    : Optional.of(new ClipSidecar(videoId, String.valueOf(text(request, "prompt")), text(json, "profile")));
        } catch (DataFileException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonObject json, String key) {
        JsonElement value = json.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
