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
package org.sorastudio.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What ffprobe says about a media file. */
final class MediaProbe {

    private final JsonObject probe;

    private MediaProbe(JsonObject probe) {
        this.probe = probe;
    }

    static MediaProbe of(byte[] media) {
        try {
            Path file = Files.createTempFile("simulator-probe-", ".bin");
            try {
                Files.write(file, media);
                Process process = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries",
                        "stream=codec_type,codec_name,width,height:format=duration", "-of", "json", file.toString())
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("ffprobe failed: " + output);
                }
                return new MediaProbe(JsonParser.parseString(output).getAsJsonObject());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first stream of a type ("video", "audio"), or null. */
    JsonObject stream(String type) {
        JsonArray streams = probe.getAsJsonArray("streams");
        for (JsonElement stream : streams) {
            if (stream.getAsJsonObject().get("codec_type").getAsString().equals(type)) {
                return stream.getAsJsonObject();
            }
        }
        return null;
    }

    double durationSeconds() {
        return probe.getAsJsonObject("format").get("duration").getAsDouble();
    }
}
