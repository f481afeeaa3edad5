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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /videos/characters} and {@code GET /videos/characters/{id}}, kept across restarts with a state folder. */
class CharactersTest {

    @TempDir
    Path stateDirectory;

    @Test
    void aCharacterMadeFromAShortClipIsServedAgainAfterARestart() {
        String id;
        try (SimulatorServer server = start()) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            byte[] clip = clip(client, "4");

            TestClient.Reply created = client.postMultipart("/videos/characters", new MultipartBody()
                    .field("name", "Captain Mira").file("video", "mira.mp4", "video/mp4", clip));

            assertThat(created.status()).isEqualTo(200);
            id = created.json().get("id").getAsString();
            assertThat(id).startsWith("char_");
            assertThat(created.json().get("name").getAsString()).isEqualTo("Captain Mira");
            assertThat(created.json().get("created_at").getAsLong()).isPositive();
        }
        try (SimulatorServer restarted = start()) {
            TestClient client = new TestClient(restarted.baseUrl(), "sk-test");
            TestClient.Reply fetched = client.get("/videos/characters/" + id);

            assertThat(fetched.status()).isEqualTo(200);
            assertThat(fetched.json().get("name").getAsString()).isEqualTo("Captain Mira");
            assertThat(client.get("/videos/characters/char_nope").status()).isEqualTo(404);
        }
    }

    @Test
    void tooLongClipsFilesThatAreNotVideosAndBadNamesAreRefusedInTheApiShape() {
        try (SimulatorServer server = start()) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            byte[] tooLong = clip(client, "8");

            JsonObject longClip = error(client.postMultipart("/videos/characters", new MultipartBody()
                    .field("name", "Mira").file("video", "long.mp4", "video/mp4", tooLong)));
            JsonObject notVideo = error(client.postMultipart("/videos/characters", new MultipartBody()
                    .field("name", "Mira").file("video", "notes.txt", "text/plain",
                            "just some words".getBytes(StandardCharsets.UTF_8))));
            JsonObject longName = error(client.postMultipart("/videos/characters", new MultipartBody()
                    .field("name", "M".repeat(81)).file("video", "a.mp4", "video/mp4", tooLong)));
            JsonObject noVideo = error(client.postMultipart("/videos/characters", new MultipartBody()
                    .field("name", "Mira")));
            JsonObject json = error(client.postJson("/videos/characters", "{\"name\": \"Mira\"}"));

            assertThat(longClip.get("message").getAsString()).contains("8.0 seconds").contains("between 2 and 4");
            assertThat(longClip.get("param").getAsString()).isEqualTo("video");
            assertThat(notVideo.get("message").getAsString()).contains("not a video");
            assertThat(longName.get("code").getAsString()).isEqualTo("string_above_max_length");
            assertThat(noVideo.get("code").getAsString()).isEqualTo("missing_required_parameter");
            assertThat(json.get("code").getAsString()).isEqualTo("unsupported_content_type");
        }
    }

    private SimulatorServer start() {
        return SimulatorServer.start(SimulatorConfig.builder().seed(5).renderMillisPerVideoSecond(10)
                .stateDirectory(stateDirectory).build());
    }

    /** A clip the simulator rendered itself, {@code seconds} long. */
    private static byte[] clip(TestClient client, String seconds) {
        String id = client.create("A captain on deck", "720x1280", seconds).get("id").getAsString();
        client.pollUntilTerminal(id);
        return client.download("/videos/" + id + "/content").body();
    }

    private static JsonObject error(TestClient.Reply reply) {
        assertThat(reply.status()).isEqualTo(400);
        return reply.json().getAsJsonObject("error");
    }
}
