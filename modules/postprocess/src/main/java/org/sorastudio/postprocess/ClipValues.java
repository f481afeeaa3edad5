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
package org.sorastudio.postprocess;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.settings.FfmpegLocation;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;

/**
 * What the placeholders of a hook stand for, for one downloaded clip. {@code {clip}}, {@code {sidecar}},
 * {@code {dir}} (the clip's folder), {@code {stem}} (its file name without {@code .mp4}), {@code {prompt}},
 * {@code {video_id}}, {@code {model}}, {@code {size}}, {@code {seconds}}, {@code {job_id}}, and the tools
 * {@code {ffmpeg}} and {@code {ffprobe}} (where the studio finds them, see {@link FfmpegLocation}).
 *
 * @param jobId the queue's id of the job that made the clip; the key of its post-processing
 */
public record ClipValues(String jobId, Path clip, Map<String, String> values) {

    /** Every placeholder a clip can fill, in the order the Options page lists them. */
    public static final java.util.List<String> NAMES = java.util.List.of("clip", "sidecar", "dir", "stem", "prompt",
            "video_id", "model", "size", "seconds", "job_id", "ffmpeg", "ffprobe");

    public ClipValues {
        values = Map.copyOf(values);
    }

    /** The values of a completed job's clip; those the job has none for (no sidecar yet, say) are left out. */
    public static ClipValues of(Job job) {
        JobSpec spec = job.spec();
        Map<String, String> values = new LinkedHashMap<>();
        Path clip = job.videoFile().toAbsolutePath();
        put(values, "clip", clip.toString());
        put(values, "sidecar", job.sidecarFile() == null ? null : job.sidecarFile().toAbsolutePath().toString());
        put(values, "dir", FilePaths.folder(clip).toString());
        put(values, "stem", stem(clip));
        put(values, "prompt", spec.prompt());
        put(values, "video_id", job.videoId());
        put(values, "model", spec.model());
        put(values, "size", spec.size());
        put(values, "seconds", spec.seconds() > 0 ? Integer.toString(spec.seconds()) : null);
        put(values, "job_id", job.id());
        put(values, "ffmpeg", FfmpegLocation.ffmpeg().toString());
        put(values, "ffprobe", FfmpegLocation.ffprobe().toString());
        return new ClipValues(job.id(), clip, values);
    }

    /** The sidecar the queue wrote beside the clip, if any. */
    public Path sidecar() {
        String sidecar = values.get("sidecar");
        return sidecar == null ? null : Path.of(sidecar);
    }

    /** The clip's file name without its extension. */
    static String stem(Path clip) {
        String name = FilePaths.name(clip);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(name, value);
        }
    }
}
