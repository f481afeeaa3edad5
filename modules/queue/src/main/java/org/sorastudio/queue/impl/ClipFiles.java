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
package org.sorastudio.queue.impl;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.queue.api.Transition;

/**
 * The files of one finished job in the output folder: {@code BASE.mp4}, {@code BASE.thumbnail.webp}
 * and the sidecar {@code BASE.json}. The sidecar is written last, atomically, so its presence
 * means the clip beside it is complete.
 */
record ClipFiles(Path video, Path thumbnail, Path sidecar) {

    private static final Logger LOG = Logger.getLogger(ClipFiles.class.getName());
    static final int SIDECAR_FORMAT = 1;

    static ClipFiles of(Path folder, String base) {
        return new ClipFiles(FileNames.inside(folder, base, ".mp4"), FileNames.inside(folder, base, ".thumbnail.webp"),
                FileNames.inside(folder, base, ".json"));
    }

    /**
     * The sidecar of a finished job: the request parameters, the server's final answer and every distinct answer
     * before it (see {@link JobRecord#responses}), the request ids and the job's history up to {@code done}. Holds no
     * credentials: the queue never sees the API key.
     */
    static JsonObject sidecar(JobRecord job, ClipFiles files, boolean hasThumbnail, Transition done) {
        JsonObject json = new JsonObject();
        json.addProperty("format", SIDECAR_FORMAT);
        json.addProperty("jobId", job.id);
        json.addProperty("videoId", job.videoId);
        json.addProperty("profile", job.spec.profile());
        JsonObject request = JobCodec.spec(job.spec);
        request.remove("profile");
        json.add("request", request);
        json.add("response", job.lastResponse);
        JsonArray responses = new JsonArray();
        job.responses.forEach(responses::add);
        json.add("responses", responses);
        JsonArray requestIds = new JsonArray();
        job.requestIds.forEach(requestIds::add);
        json.add("requestIds", requestIds);
        JsonObject names = new JsonObject();
        names.addProperty("video", FilePaths.name(files.video()));
        names.addProperty("thumbnail", hasThumbnail ? FilePaths.name(files.thumbnail()) : null);
        json.add("files", names);
        JsonArray transitions = JobCodec.transitions(job);
        JsonObject last = new JsonObject();
        last.addProperty("at", done.at().toString());
        last.addProperty("state", done.state().name());
        last.addProperty("reason", done.reason());
        transitions.add(last);
        json.add("transitions", transitions);
        return json;
    }

    /** Writes the sidecar atomically; its presence means the clip beside it is complete. */
    void writeSidecar(JsonObject json) throws IOException {
        new JsonDataFile(sidecar).write(json);
        // a rewritten sidecar (a retried download) leaves a backup that no one needs
        deleteQuietly(sidecar.resolveSibling(sidecar.getFileName() + ".bak"));
    }

    /** Removes what a cancelled job had downloaded. */
    void deleteAll() {
        deleteQuietly(video);
        deleteQuietly(thumbnail);
        deleteQuietly(sidecar);
    }

    /** Hidden {@code .NAME.*.part} files a killed download left behind. */
    void deleteLeftoverParts() {
        Path folder = FilePaths.folder(video);
        String videoPrefix = "." + video.getFileName() + ".";
        String thumbnailPrefix = "." + thumbnail.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = FilePaths.name(file);
                if (name.endsWith(".part") && (name.startsWith(videoPrefix) || name.startsWith(thumbnailPrefix))) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot list leftover parts in " + folder, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.INFO, "Cannot delete {0}: {1}", new Object[]{file, e.getMessage()});
        }
    }
}
