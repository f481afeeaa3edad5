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
package org.sorastudio.media;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Makes real test clips with ffmpeg's test sources and inspects results with the ffprobe command. */
public final class TestMedia {

    private TestMedia() {
    }

    /**
     * An H.264 clip of the {@code testsrc} pattern, with a sine tone (AAC, 48 kHz stereo) when
     * {@code audio} is set.
     */
    public static Path clip(Path folder, String name, int width, int height, int fps, double seconds, boolean audio)
            throws IOException, InterruptedException {
        Path file = folder.resolve(name);
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc=size=" + width + "x" + height + ":rate=" + fps + ":duration="
                        + String.format(Locale.ROOT, "%.3f", seconds)));
        if (audio) {
            command.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration="
                    + String.format(Locale.ROOT, "%.3f", seconds), "-ac", "2", "-c:a", "aac"));
        }
        command.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", file.toString()));
        run(command);
        return file;
    }

    /** {@code ffprobe -show_format -show_streams} as JSON. */
    public static JsonObject ffprobe(Path file) throws IOException, InterruptedException {
        String json = run(List.of("ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                file.toString()));
        return JsonParser.parseString(json).getAsJsonObject();
    }

    public static double formatDuration(JsonObject probe) {
        return probe.getAsJsonObject("format").get("duration").getAsDouble();
    }

    public static Optional<JsonObject> stream(JsonObject probe, String codecType) {
        JsonArray streams = probe.getAsJsonArray("streams");
        for (int i = 0; i < streams.size(); i++) {
            JsonObject stream = streams.get(i).getAsJsonObject();
            if (codecType.equals(stream.get("codec_type").getAsString())) {
                return Optional.of(stream);
            }
        }
        return Optional.empty();
    }

    /** Files in a folder whose names look like partial exports or frames. */
    public static List<Path> partialFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
        return out;
    }
}
