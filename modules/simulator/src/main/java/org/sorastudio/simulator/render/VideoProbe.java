package org.sorastudio.simulator.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/** Asks ffprobe whether uploaded bytes are a video, and how long it is. */
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
        Path file = Files.createTempFile("simulator-upload-", ".bin");
        try {
            Files.write(file, upload);
            Process process = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries",
                    "stream=codec_type:format=duration", "-of", "json", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("ffprobe took longer than " + TIMEOUT_SECONDS + " s");
            }
            return process.exitValue() == 0 ? duration(output) : OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while probing an upload", e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static OptionalDouble duration(String ffprobeJson) {
        try {
            JsonObject probe = JsonParser.parseString(ffprobeJson).getAsJsonObject();
            boolean hasVideo = false;
            if (probe.has("streams")) {
                for (JsonElement stream : probe.getAsJsonArray("streams")) {
                    JsonElement type = stream.getAsJsonObject().get("codec_type");
                    hasVideo |= type != null && "video".equals(type.getAsString());
                }
            }
            JsonElement duration = probe.has("format") ? probe.getAsJsonObject("format").get("duration") : null;
            if (!hasVideo || duration == null) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(Double.parseDouble(duration.getAsString()));
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
