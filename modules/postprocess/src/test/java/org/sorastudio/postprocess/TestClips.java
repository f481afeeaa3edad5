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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Real clips made with ffmpeg, and ffprobe's answers about files, for the tests. */
final class TestClips {

    private TestClips() {
    }

    /** A {@code seconds} long H.264 + AAC clip of {@code width}x{@code height} with a sidecar beside it. */
    static ClipValues clip(Path folder, String stem, int width, int height, double seconds) throws Exception {
        Files.createDirectories(folder);
        Path clip = folder.resolve(stem + ".mp4");
        run("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=" + width + "x" + height + ":rate=24:duration=" + seconds,
                "-f", "lavfi", "-i", "sine=frequency=440:duration=" + seconds, "-c:v", "libx264", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-shortest", clip.toString());
        Path sidecar = folder.resolve(stem + ".json");
        Files.writeString(sidecar, "{\"request\": {\"prompt\": \"a test\"}}", StandardCharsets.UTF_8);
        return values(clip, sidecar);
    }

    /** The values of a clip as the queue would give them, with the studio's ffmpeg. */
    static ClipValues values(Path clip, Path sidecar) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("clip", clip.toString());
        values.put("sidecar", sidecar.toString());
        values.put("dir", clip.getParent().toString());
        values.put("stem", ClipValues.stem(clip));
        values.put("prompt", "a test; rm -rf / \"quoted\" $HOME");
        values.put("ffmpeg", "ffmpeg");
        values.put("ffprobe", "ffprobe");
        return new ClipValues("job-" + ClipValues.stem(clip), clip, values);
    }

    /** ffprobe's value of {@code entry} (e.g. {@code stream=codec_name}) for the first stream of {@code type} (v, a). */
    static String probe(Path file, String type, String entry) throws Exception {
        return run("ffprobe", "-v", "error", "-select_streams", type + ":0", "-show_entries", entry, "-of",
                "default=noprint_wrappers=1:nokey=1", file.toString()).strip();
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
