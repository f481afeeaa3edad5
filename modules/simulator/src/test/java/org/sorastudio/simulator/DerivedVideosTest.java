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

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /videos/extensions} and {@code POST /videos/edits}: new jobs made from a completed video. */
class DerivedVideosTest {

    private static SimulatorServer server;
    private static TestClient client;
    private static String source;

    @TempDir
    static Path folder;

    @BeforeAll
    static void start() {
        server = SimulatorServer.start(SimulatorConfig.builder().seed(19).renderMillisPerVideoSecond(20)
                .moderationWords(java.util.Set.of("forbidden")).build());
        client = new TestClient(server.baseUrl(), "sk-test");
        source = client.create("A red kite over the dunes", "1280x720", "4").get("id").getAsString();
        client.pollUntilTerminal(source);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anExtensionIsTheSourceContinuedAndReportsTheStitchedLength() throws IOException {
        TestClient.Reply reply = client.postJson("/videos/extensions",
                "{\"video\": {\"id\": \"" + source + "\"}, \"prompt\": \"The kite lands\", \"seconds\": \"8\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject extension = reply.json();
        assertThat(extension.get("status").getAsString()).isEqualTo("queued");
        assertThat(extension.get("seconds").getAsString()).as("source 4 s + 8 s").isEqualTo("12");
        assertThat(extension.get("size").getAsString()).isEqualTo("1280x720");
        assertThat(extension.get("prompt").getAsString()).isEqualTo("The kite lands");
        String id = extension.get("id").getAsString();
        assertThat(last(client.pollUntilTerminal(id)).get("status").getAsString()).isEqualTo("completed");

        Path sourceClip = download(source, "source.mp4");
        Path extended = download(id, "extended.mp4");
        assertThat(MediaProbe.of(Files.readAllBytes(extended)).durationSeconds()).isBetween(11.9, 12.2);
        assertThat(difference(frame(extended, 2.0), frame(sourceClip, 2.0))).as("the first 4 s are the source")
                .isLessThan(6);
        assertThat(difference(frame(extended, 8.0), frame(sourceClip, 2.0))).as("then a new segment").isGreaterThan(6);
    }

    @Test
    void anExtensionOfAnExtensionGrowsAgainAndMultipartReferencesWork() throws IOException {
        String first = client.postJson("/videos/extensions", "{\"video\": {\"id\": \"" + source + "\"}, "
                + "\"prompt\": \"It climbs\", \"seconds\": \"4\"}").json().get("id").getAsString();
        client.pollUntilTerminal(first);
        TestClient.Reply second = client.postMultipart("/videos/extensions", new MultipartBody()
                .field("video", "{\"id\": \"" + first + "\"}").field("prompt", "It dives").field("seconds", "20"));

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("seconds").getAsString()).isEqualTo("28");
        String id = second.json().get("id").getAsString();
        client.pollUntilTerminal(id);
        assertThat(MediaProbe.of(Files.readAllBytes(download(id, "twice.mp4"))).durationSeconds()).isBetween(27.9, 28.2);
    }

    @Test
    void anEditIsAVisiblyChangedCopyOfTheSameLength() throws IOException {
        TestClient.Reply reply = client.postJson("/videos/edits",
                "{\"video\": {\"id\": \"" + source + "\"}, \"prompt\": \"Make it night\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("seconds").getAsString()).isEqualTo("4");
        assertThat(reply.json().get("remixed_from_video_id").isJsonNull()).isTrue();
        String id = reply.json().get("id").getAsString();
        client.pollUntilTerminal(id);
        Path edited = download(id, "edited.mp4");
        assertThat(MediaProbe.of(Files.readAllBytes(edited)).durationSeconds()).isBetween(3.9, 4.2);
        assertThat(difference(frame(edited, 2.0), frame(download(source, "source2.mp4"), 2.0))).isGreaterThan(10);
    }

    @Test
    void unknownDeletedUnfinishedAndFailedSourcesAreRefusedAndNothingIsAccepted() {
        String failed = client.create("Something forbidden", "1280x720", "4").get("id").getAsString();
        client.pollUntilTerminal(failed);
        String deleted = client.create("Soon gone", "1280x720", "4").get("id").getAsString();
        client.pollUntilTerminal(deleted);
        client.delete("/videos/" + deleted);
        try (SimulatorServer slow = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(60_000)
                .build())) {
            TestClient slowClient = new TestClient(slow.baseUrl(), "sk-test");
            String running = slowClient.create("Still rendering", "720x1280", "4").get("id").getAsString();
            TestClient.Reply unfinished = slowClient.postJson("/videos/extensions", extend(running));
            assertThat(unfinished.status()).isEqualTo(400);
            assertThat(error(unfinished).get("message").getAsString()).contains("only completed videos");
            assertThat(slow.acceptedCreates()).isEqualTo(1);
        }
        long before = server.acceptedCreates();

        TestClient.Reply unknown = client.postJson("/videos/extensions", extend("video_nope"));
        TestClient.Reply gone = client.postJson("/videos/edits", "{\"video\": {\"id\": \"" + deleted
                + "\"}, \"prompt\": \"x\"}");
        TestClient.Reply broken = client.postJson("/videos/extensions", extend(failed));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(error(unknown).get("param").getAsString()).isEqualTo("video");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(error(broken).get("message").getAsString()).contains("is failed");
        assertThat(server.acceptedCreates()).isEqualTo(before);
    }

    @Test
    void requestsAreValidatedLikeTheOtherEndpoints() {
        assertThat(error(client.postJson("/videos/extensions", "{\"video\": {\"id\": \"" + source
                + "\"}, \"prompt\": \"p\"}")).get("code").getAsString()).isEqualTo("missing_required_parameter");
        TestClient.Reply badSeconds = client.postJson("/videos/extensions", "{\"video\": {\"id\": \"" + source
                + "\"}, \"prompt\": \"p\", \"seconds\": \"24\"}");
        assertThat(error(badSeconds).get("message").getAsString())
                .isEqualTo("Invalid value: '24'. Supported values are: '4', '8', '12', '16', and '20'.");
        assertThat(error(client.postJson("/videos/edits", "{\"video\": \"" + source + "\", \"prompt\": \"p\"}"))
                .get("code").getAsString()).isEqualTo("invalid_type");
        assertThat(error(client.postJson("/videos/edits", "{\"video\": {\"id\": \"" + source
                + "\"}, \"prompt\": \"p\", \"size\": \"1280x720\"}")).get("code").getAsString())
                .isEqualTo("unknown_parameter");
        assertThat(error(client.postJson("/videos/edits", "{\"video\": {\"id\": \"" + source
                + "\"}, \"prompt\": \"\"}")).get("code").getAsString()).isEqualTo("string_too_short");
        assertThat(error(client.postJson("/videos/edits", "{\"prompt\": \"p\"}")).get("param").getAsString())
                .isEqualTo("video");
        assertThat(client.postJson("/videos/nonsense", "{}").status()).isEqualTo(404);
    }

    @Test
    void anUploadedVideoIsExtendedAndEditedAsTheDescriptionAllows() throws IOException {
        Path upload = clip("upload.mp4", "testsrc2=s=640x360:r=30:d=3", true);
        TestClient.Reply extension = client.postMultipart("/videos/extensions", new MultipartBody()
                .file("video", "upload.mp4", "video/mp4", Files.readAllBytes(upload))
                .field("prompt", "The picture keeps going").field("seconds", "4"));

        assertThat(extension.status()).isEqualTo(200);
        assertThat(extension.json().get("seconds").getAsString()).as("3 s uploaded + 4 s").isEqualTo("7");
        assertThat(extension.json().get("size").getAsString()).as("letterboxed into the landscape size").isEqualTo("1280x720");
        String id = extension.json().get("id").getAsString();
        assertThat(last(client.pollUntilTerminal(id)).get("status").getAsString()).isEqualTo("completed");
        Path extended = download(id, "upload-extended.mp4");
        assertThat(MediaProbe.of(Files.readAllBytes(extended)).durationSeconds()).isBetween(6.9, 7.2);
        assertThat(difference(frame(extended, 1.0), frame(upload, 1.0))).as("it starts with the upload").isLessThan(12);
        assertThat(difference(frame(extended, 5.0), frame(upload, 1.0))).as("then a new segment").isGreaterThan(12);

        Path silentPortrait = clip("portrait.mov", "testsrc=s=360x640:r=25:d=2", false);
        TestClient.Reply edit = client.postMultipart("/videos/edits", new MultipartBody()
                .file("video", "portrait.mov", "video/quicktime", Files.readAllBytes(silentPortrait))
                .field("prompt", "Make it night"));
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.json().get("size").getAsString()).isEqualTo("720x1280");
        assertThat(edit.json().get("seconds").getAsString()).isEqualTo("2");
        String editId = edit.json().get("id").getAsString();
        assertThat(last(client.pollUntilTerminal(editId)).get("status").getAsString()).isEqualTo("completed");
        assertThat(MediaProbe.of(Files.readAllBytes(download(editId, "upload-edited.mp4"))).durationSeconds())
                .isBetween(1.9, 2.2);
    }

    @Test
    void uploadsThatAreNotVideosTooLongOrHugeAreRefusedAndNothingIsAccepted() throws IOException {
        long before = server.acceptedCreates();
        TestClient.Reply text = client.postMultipart("/videos/edits", new MultipartBody()
                .file("video", "notes.mp4", "video/mp4", "just some notes".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .field("prompt", "Make it night"));
        Path long25 = clip("long.mp4", "testsrc=s=320x180:r=10:d=25", false);
        TestClient.Reply tooLong = client.postMultipart("/videos/extensions", new MultipartBody()
                .file("video", "long.mp4", "video/mp4", Files.readAllBytes(long25))
                .field("prompt", "More").field("seconds", "4"));
        TestClient.Reply huge = client.postMultipart("/videos/edits", new MultipartBody()
                .file("video", "huge.mp4", "video/mp4", new byte[51 * 1024 * 1024]).field("prompt", "Make it night"));

        assertThat(error(text).get("message").getAsString()).contains("not a video");
        assertThat(error(text).get("param").getAsString()).isEqualTo("video");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(error(tooLong).get("message").getAsString())
                .isEqualTo("Invalid 'video': the clip is 25.0 seconds long; an uploaded video must be between 1 and 20 seconds.");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(error(huge).get("code").getAsString()).isEqualTo("file_too_large");
        assertThat(error(huge).get("message").getAsString()).contains("at most 50 MB");
        assertThat(server.acceptedCreates()).isEqualTo(before);
    }

    /** An ffmpeg test clip from a lavfi {@code source}, with a tone when {@code sound}. */
    private static Path clip(String name, String source, boolean sound) {
        Path file = folder.resolve(name);
        java.util.List<String> command = new java.util.ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi",
                "-i", source));
        if (sound) {
            command.addAll(List.of("-f", "lavfi", "-i", "sine=frequency=500:duration=" + source.replaceAll(".*d=", "")));
        }
        command.addAll(List.of("-pix_fmt", "yuv420p", "-shortest", file.toString()));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String extend(String id) {
        return "{\"video\": {\"id\": \"" + id + "\"}, \"prompt\": \"More\", \"seconds\": \"4\"}";
    }

    private static JsonObject error(TestClient.Reply reply) {
        assertThat(reply.status()).isGreaterThanOrEqualTo(400);
        return reply.json().getAsJsonObject("error");
    }

    private static JsonObject last(List<JsonObject> states) {
        return states.get(states.size() - 1);
    }

    private static Path download(String id, String name) throws IOException {
        var response = client.download("/videos/" + id + "/content");
        assertThat(response.statusCode()).isEqualTo(200);
        Path file = folder.resolve(name);
        Files.write(file, response.body());
        return file;
    }

    /** One frame at {@code seconds}, as 16x16 grey pixels. */
    static byte[] frame(Path video, double seconds) {
        try {
            Process process = new ProcessBuilder("ffmpeg", "-v", "error", "-ss", Double.toString(seconds), "-i",
                    video.toString(), "-frames:v", "1", "-vf", "scale=16:16,format=gray", "-f", "rawvideo", "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] pixels = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(pixels).hasSize(256);
            return pixels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Mean absolute difference of two grey frames, 0..255. */
    static double difference(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xff) - (b[i] & 0xff));
        }
        return (double) sum / a.length;
    }
}
