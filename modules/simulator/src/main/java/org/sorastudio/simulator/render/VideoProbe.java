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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.sorastudio.core.settings.FfmpegLocation;

/** Asks ffprobe whether uploaded bytes are a video, how long and how large it is, and whether it has sound. */
public final class VideoProbe {

    private static final long TIMEOUT_SECONDS = 30;

    private VideoProbe() {
    }

    /**
     * The duration in seconds of a file with a video stream; empty when ffprobe cannot read it as one.
     *
     * @throws IOException when ffprobe cannot be run or the bytes cannot be staged in a temporary file
     */
    public static OptionalDouble videoDuration(byte[] upload) throws IOException {
        return probe(upload).map(video -> OptionalDouble.of(video.seconds())).orElse(OptionalDouble.empty());
    }

    /**
     * What ffprobe says about uploaded bytes; empty when it cannot read them as a video.
     *
     * @throws IOException when ffprobe cannot be run or the bytes cannot be staged in a temporary file
     */
    public static Optional<Video> probe(byte[] upload) throws IOException {
        Path file = Files.createTempFile("simulator-upload-", ".bin");
        try {
            Files.write(file, upload);
            Process process = new ProcessBuilder(FfmpegLocation.ffprobe().toString(), "-v", "error", "-show_entries",
                    "stream=codec_type,width,height:format=duration", "-of", "json", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffprobe took longer than " + TIMEOUT_SECONDS + " s");
            }
            return process.exitValue() == 0 ? video(output) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while probing an upload", e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Optional<Video> video(String ffprobeJson) {
        try {
            JsonObject probe = JsonParser.parseString(ffprobeJson).getAsJsonObject();
            JsonObject picture = null;
            boolean audio = false;
            if (probe.has("streams")) {
                for (JsonElement stream : probe.getAsJsonArray("streams")) {
                    JsonElement type = stream.getAsJsonObject().get("codec_type");
                    if (type != null && "video".equals(type.getAsString()) && picture == null) {
                        picture = stream.getAsJsonObject();
                    }
                    audio |= type != null && "audio".equals(type.getAsString());
                }
            }
            JsonElement duration = probe.has("format") ? probe.getAsJsonObject("format").get("duration") : null;
            if (picture == null || duration == null) {
                return Optional.empty();
            }
            int width = picture.has("width") ? picture.get("width").getAsInt() : 0;
            int height = picture.has("height") ? picture.get("height").getAsInt() : 0;
            return Optional.of(new Video(Double.parseDouble(duration.getAsString()), width, height, audio));
        } catch (JsonParseException | IllegalStateException | NumberFormatException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * An uploaded video as ffprobe sees it.
     *
     * @param seconds its duration
     * @param width   its first video stream's width in pixels
     * @param height  its height
     * @param audio   whether it has a sound track
     */
    public record Video(double seconds, int width, int height, boolean audio) {
    }
}
