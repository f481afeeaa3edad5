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
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VideoLifecycleTest {

    private static SimulatorServer server;
    private static TestClient client;
    /** Its jobs take minutes, so they are reliably unfinished while a test looks at them. */
    private static SimulatorServer slowServer;
    private static TestClient slowClient;

    @BeforeAll
    static void start() {
        server = SimulatorServer.start(SimulatorConfig.builder().seed(7).renderMillisPerVideoSecond(50).build());
        client = new TestClient(server.baseUrl(), "sk-test");
        slowServer = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(60_000).build());
        slowClient = new TestClient(slowServer.baseUrl(), "sk-test");
    }

    @AfterAll
    static void stop() {
        server.close();
        slowServer.close();
    }

    @Test
    void baseUrlIsLoopbackWithoutTrailingSlash() {
        assertThat(server.baseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
    }

    @Test
    void jobGoesFromQueuedThroughRisingProgressToCompleted() {
        // Three seconds in progress, polled every quarter second: several in-progress states even on a busy machine.
        List<JsonObject> states;
        JsonObject created;
        try (SimulatorServer paced = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(250)
                .build())) {
            TestClient pacedClient = new TestClient(paced.baseUrl(), "sk-test");
            created = pacedClient.create("A lighthouse in a storm", "1280x720", "12");
            states = pacedClient.pollUntilTerminal(created.get("id").getAsString());
        }
        assertThat(created.get("status").getAsString()).isEqualTo("queued");
        assertThat(created.get("progress").getAsInt()).isZero();
        assertThat(created.get("completed_at").isJsonNull()).isTrue();

        List<Integer> progress = states.stream().map(state -> state.get("progress").getAsInt()).toList();
        assertThat(progress).isSorted();
        assertThat(states).anySatisfy(state -> {
            assertThat(state.get("status").getAsString()).isEqualTo("in_progress");
            assertThat(state.get("progress").getAsInt()).isBetween(1, 99);
        });
        JsonObject done = states.get(states.size() - 1);
        assertThat(done.get("status").getAsString()).isEqualTo("completed");
        assertThat(done.get("progress").getAsInt()).isEqualTo(100);
        long createdAt = done.get("created_at").getAsLong();
        long completedAt = done.get("completed_at").getAsLong();
        assertThat(completedAt).isGreaterThanOrEqualTo(createdAt);
        assertThat(done.get("expires_at").getAsLong()).isGreaterThan(completedAt);
        assertThat(done.get("prompt").getAsString()).isEqualTo("A lighthouse in a storm");
        assertThat(done.get("size").getAsString()).isEqualTo("1280x720");
        assertThat(done.get("seconds").getAsString()).isEqualTo("12");
        assertThat(done.get("error").isJsonNull()).isTrue();
    }

    @Test
    void pollingHintIsSentOnlyWhileNotTerminal() {
        String running = slowClient.create("A hint", "720x1280", "4").get("id").getAsString();
        String finished = client.create("A hint", "720x1280", "4").get("id").getAsString();
        client.pollUntilTerminal(finished);

        assertThat(slowClient.get("/videos/" + running).header("openai-poll-after-ms"))
                .as("one video second, capped at 2 s").isEqualTo("2000");
        assertThat(client.get("/videos/" + finished).header("openai-poll-after-ms")).isNull();
    }

    @Test
    void createAppliesTheDocumentedDefaults() {
        TestClient.Reply reply = client.postJson("/videos", "{\"prompt\": \"Defaults\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("model").getAsString()).isEqualTo("sora-2");
        assertThat(reply.json().get("size").getAsString()).isEqualTo("720x1280");
        assertThat(reply.json().get("seconds").getAsString()).isEqualTo("4");
    }

    @Test
    void contentIsARealH264Mp4OfTheRequestedSizeAndLength() {
        String id = client.create("A red kite over the hills", "1280x720", "4").get("id").getAsString();
        client.pollUntilTerminal(id);

        HttpResponse<byte[]> video = client.download("/videos/" + id + "/content");

        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.headers().firstValue("content-type")).contains("video/mp4");
        MediaProbe probe = MediaProbe.of(video.body());
        assertThat(probe.stream("video").get("codec_name").getAsString()).isEqualTo("h264");
        assertThat(probe.stream("video").get("width").getAsInt()).isEqualTo(1280);
        assertThat(probe.stream("video").get("height").getAsInt()).isEqualTo(720);
        assertThat(probe.stream("audio").get("codec_name").getAsString()).isEqualTo("aac");
        assertThat(probe.durationSeconds()).isCloseTo(4.0, within(0.1));
    }

    @Test
    void portraitTwelveSecondClipHasItsOwnSizeAndLength() {
        String id = client.create("A tall waterfall", "720x1280", "12").get("id").getAsString();
        client.pollUntilTerminal(id);

        MediaProbe probe = MediaProbe.of(client.download("/videos/" + id + "/content?variant=video").body());

        assertThat(probe.stream("video").get("width").getAsInt()).isEqualTo(720);
        assertThat(probe.stream("video").get("height").getAsInt()).isEqualTo(1280);
        assertThat(probe.durationSeconds()).isCloseTo(12.0, within(0.1));
    }

    @Test
    void thumbnailAndSpritesheetAreWebpImages() {
        String id = client.create("A red kite over the hills", "1280x720", "4").get("id").getAsString();
        client.pollUntilTerminal(id);

        for (String variant : List.of("thumbnail", "spritesheet")) {
            HttpResponse<byte[]> image = client.download("/videos/" + id + "/content?variant=" + variant);
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.headers().firstValue("content-type")).contains("image/webp");
            assertThat(new String(Arrays.copyOfRange(image.body(), 0, 4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(new String(Arrays.copyOfRange(image.body(), 8, 12), StandardCharsets.US_ASCII)).isEqualTo("WEBP");
            assertThat(MediaProbe.of(image.body()).stream("video").get("codec_name").getAsString()).isEqualTo("webp");
        }
        JsonObject sheet = MediaProbe.of(client.download("/videos/" + id + "/content?variant=spritesheet").body())
                .stream("video");
        assertThat(sheet.get("width").getAsInt()).as("a 4x3 grid of 320 px frames").isEqualTo(4 * 320);
    }

    @Test
    void rangeRequestReturnsTheRestOfTheFileWith206() {
        String id = client.create("A red kite over the hills", "1280x720", "4").get("id").getAsString();
        client.pollUntilTerminal(id);
        byte[] whole = client.download("/videos/" + id + "/content").body();

        HttpResponse<byte[]> tail = client.download("/videos/" + id + "/content", "Range", "bytes=1000-");

        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.headers().firstValue("content-range"))
                .contains("bytes 1000-" + (whole.length - 1) + "/" + whole.length);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole, 1000, whole.length));
        HttpResponse<byte[]> beyond = client.download("/videos/" + id + "/content", "Range",
                "bytes=" + whole.length + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("content-range")).contains("bytes */" + whole.length);
    }

    @Test
    void contentOfAnUnfinishedVideoIsNotFound() {
        String id = slowClient.create("Still rendering", "720x1280", "4").get("id").getAsString();

        TestClient.Reply reply = slowClient.get("/videos/" + id + "/content");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorMessage()).contains("not ready");
    }

    @Test
    void remixOfACompletedVideoIsANewJobPointingAtItsSource() {
        String source = client.create("A paper boat on a pond", "1280x720", "4").get("id").getAsString();
        client.pollUntilTerminal(source);
        long acceptedBefore = server.acceptedCreates();

        TestClient.Reply remix = client.postJson("/videos/" + source + "/remix",
                "{\"prompt\": \"The paper boat sails into a storm\"}");

        assertThat(remix.status()).isEqualTo(200);
        JsonObject video = remix.json();
        assertThat(video.get("id").getAsString()).isNotEqualTo(source);
        assertThat(video.get("remixed_from_video_id").getAsString()).isEqualTo(source);
        assertThat(video.get("prompt").getAsString()).isEqualTo("The paper boat sails into a storm");
        assertThat(video.get("size").getAsString()).isEqualTo("1280x720");
        assertThat(video.get("status").getAsString()).isEqualTo("queued");
        assertThat(server.acceptedCreates()).isEqualTo(acceptedBefore + 1);
        List<JsonObject> states = client.pollUntilTerminal(video.get("id").getAsString());
        assertThat(states.get(states.size() - 1).get("status").getAsString()).isEqualTo("completed");
    }

    @Test
    void remixOfAnUnfinishedVideoIsRefused() {
        String source = slowClient.create("Not yet", "720x1280", "12").get("id").getAsString();

        TestClient.Reply remix = slowClient.postJson("/videos/" + source + "/remix", "{\"prompt\": \"Again\"}");

        assertThat(remix.status()).isEqualTo(400);
        assertThat(remix.errorMessage()).contains("only completed videos can be remixed");
    }

    @Test
    void deleteReturnsTheDeletedObjectAndTheVideoIsGone() {
        String id = client.create("Short lived", "720x1280", "4").get("id").getAsString();
        client.pollUntilTerminal(id);

        TestClient.Reply deleted = client.delete("/videos/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("object").getAsString()).isEqualTo("video.deleted");
        assertThat(deleted.json().get("deleted").getAsBoolean()).isTrue();
        assertThat(deleted.json().get("id").getAsString()).isEqualTo(id);
        assertThat(client.get("/videos/" + id).status()).isEqualTo(404);
        assertThat(client.delete("/videos/" + id).status()).isEqualTo(404);
    }

    @Test
    void deletingARunningVideoIsRefused() {
        String id = slowClient.create("Busy", "720x1280", "12").get("id").getAsString();

        TestClient.Reply reply = slowClient.delete("/videos/" + id);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorParam()).isEqualTo("video_id");
    }

    @Test
    void unknownVideoIsNotFound() {
        TestClient.Reply reply = client.get("/videos/video_does_not_exist");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorType()).isEqualTo("invalid_request_error");
        assertThat(reply.errorMessage()).contains("video_does_not_exist");
    }

    @Test
    void unknownPathIsAnInvalidUrl() {
        TestClient.Reply reply = client.get("/videos/a/b/c");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorMessage()).isEqualTo("Invalid URL (GET /v1/videos/a/b/c)");
    }

    @Test
    void modelsListTheSoraModelsAndTheirSnapshots() {
        TestClient.Reply reply = client.get("/models");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getAsJsonArray("data").asList()).extracting(model -> model.getAsJsonObject()
                .get("id").getAsString()).contains("sora-2", "sora-2-pro", "sora-2-2025-10-06");
        assertThat(client.get("/models/sora-2-pro").json().get("owned_by").getAsString()).isEqualTo("system");
        TestClient.Reply unknown = client.get("/models/veo-3");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("model_not_found");
    }
}
