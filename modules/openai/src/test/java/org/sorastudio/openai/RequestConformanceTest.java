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
package org.sorastudio.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request body the client sends, captured by a real loopback server, conforms to the request
 * schema OpenAI's OpenAPI description gives for it.
 */
class RequestConformanceTest {

    private ScriptedServer server;
    private VideoApiClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer().otherwise(ScriptedServer.json(200, VideoFixtures.video("video_1", "queued", 0)));
        client = VideoApiClient.builder(server.baseUrl(), "sk-conformance").organization("org-1").project("proj-1")
                .header("X-Gateway-Key", "gw-secret").retryPolicy(RetryPolicy.NONE).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void validatorRejectsABodyThatBreaksTheSchema() {
        assertThat(OpenApiSchemas.violations("CreateVideoJsonBody", "{\"model\":\"sora-2\",\"seconds\":8}"))
                .as("missing prompt and integer seconds must both be caught").hasSizeGreaterThanOrEqualTo(2);
        assertThat(OpenApiSchemas.violations("CreateVideoRemixBody", "{\"prompt\":\"\"}")).isNotEmpty();
    }

    @Test
    void testServerRepliesAreSpecConformVideos() {
        assertThat(OpenApiSchemas.violations("VideoResource", VideoFixtures.video("video_1", "queued", 0))).isEmpty();
        assertThat(OpenApiSchemas.violations("VideoResource", VideoFixtures.video("video_1", "completed", 100))).isEmpty();
    }

    @Test
    void jsonCreateWithoutReference() {
        client.create(CreateVideoRequest.of("A lighthouse at dawn", "sora-2", 8, "1280x720"));

        ScriptedServer.Captured sent = onlyRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).isEqualTo("/v1/videos");
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(OpenApiSchemas.violations("CreateVideoJsonBody", sent.bodyText())).isEmpty();
        assertThat(sent.bodyText()).contains("\"seconds\":\"8\"").contains("\"size\":\"1280x720\"");
    }

    @Test
    void minimalCreateSendsOnlyThePrompt() {
        client.create(new CreateVideoRequest("Only a prompt", null, null, null, null));

        assertThat(onlyRequest().bodyText()).isEqualTo("{\"prompt\":\"Only a prompt\"}");
        assertThat(OpenApiSchemas.violations("CreateVideoJsonBody", onlyRequest().bodyText())).isEmpty();
    }

    @Test
    void jsonCreateWithImageUrlAndWithFileId() {
        client.create(CreateVideoRequest.of("From a URL", "sora-2-pro", 12, "1792x1024")
                .withReference(new InputReference.ImageUrl("https://example.com/first-frame.png")));
        client.create(CreateVideoRequest.of("From a file id", "sora-2", 4, "720x1280")
                .withReference(new InputReference.FileId("file-123")));

        List<ScriptedServer.Captured> sent = server.requests();
        assertThat(sent).hasSize(2);
        for (ScriptedServer.Captured request : sent) {
            assertThat(OpenApiSchemas.violations("CreateVideoJsonBody", request.bodyText())).isEmpty();
        }
        assertThat(sent.get(0).bodyText()).contains("\"input_reference\":{\"image_url\":\"https://example.com/first-frame.png\"}");
        assertThat(sent.get(1).bodyText()).contains("\"input_reference\":{\"file_id\":\"file-123\"}");
    }

    @Test
    void multipartCreateUploadsTheReferenceImage(@TempDir Path folder) throws IOException {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1, 2, 3};
        Path file = Files.write(folder.resolve("first frame.png"), image);

        client.create(CreateVideoRequest.of("Ünïcode prompt, with a reference", "sora-2", 8, "1280x720")
                .withReference(InputReference.file(file)));

        ScriptedServer.Captured sent = onlyRequest();
        assertThat(sent.header("Content-Type")).startsWith("multipart/form-data;").contains("boundary=");
        Map<String, MultipartBody.Part> parts = MultipartBody.parse(sent.header("Content-Type"), sent.body());
        assertThat(parts).containsOnlyKeys("prompt", "model", "seconds", "size", "input_reference");
        assertThat(parts.get("prompt").text()).isEqualTo("Ünïcode prompt, with a reference");
        MultipartBody.Part upload = parts.get("input_reference");
        assertThat(upload.filename()).isEqualTo("input_reference.png");
        assertThat(upload.contentType()).isEqualTo("image/png");
        assertThat(upload.content()).isEqualTo(image);

        // The form as the schema sees it: text fields as strings, the file as a (binary) string.
        JsonObject form = new JsonObject();
        parts.forEach((name, part) -> form.addProperty(name, part.filename() == null ? part.text() : "<binary>"));
        assertThat(OpenApiSchemas.violations("CreateVideoMultipartBody", form.toString())).isEmpty();
    }

    @Test
    void remixBody() {
        client.remix("video_1", "Same scene, at night");

        ScriptedServer.Captured sent = onlyRequest();
        assertThat(sent.uri()).isEqualTo("/v1/videos/video_1/remix");
        assertThat(OpenApiSchemas.violations("CreateVideoRemixBody", sent.bodyText())).isEmpty();
    }

    @Test
    void moderationBodies() {
        String moderation = "{\"id\":\"modr-1\",\"model\":\"omni-moderation-latest\",\"results\":[{\"flagged\":false,"
                + "\"categories\":{\"violence\":false},\"category_scores\":{\"violence\":0.01}}]}";
        server.then(ScriptedServer.json(200, moderation), ScriptedServer.json(200, moderation));

        client.moderate(List.of("A quiet lake"));
        client.moderate(List.of("First prompt", "Second prompt"));

        List<ScriptedServer.Captured> sent = server.requests();
        assertThat(sent.get(0).bodyText()).isEqualTo("{\"input\":\"A quiet lake\"}");
        assertThat(sent.get(1).bodyText()).isEqualTo("{\"input\":[\"First prompt\",\"Second prompt\"]}");
        for (ScriptedServer.Captured request : sent) {
            assertThat(request.uri()).isEqualTo("/v1/moderations");
            assertThat(OpenApiSchemas.violations("CreateModerationRequest", request.bodyText())).isEmpty();
        }
    }

    @Test
    void everyRequestCarriesTheProfileHeaders() {
        client.retrieve("video_1");

        ScriptedServer.Captured sent = onlyRequest();
        assertThat(sent.header("Authorization")).isEqualTo("Bearer sk-conformance");
        assertThat(sent.header("OpenAI-Organization")).isEqualTo("org-1");
        assertThat(sent.header("OpenAI-Project")).isEqualTo("proj-1");
        assertThat(sent.header("X-Gateway-Key")).isEqualTo("gw-secret");
        assertThat(sent.header("User-Agent")).startsWith("SoraStudio/");
    }

    @Test
    void listAndDownloadQueriesUseTheApiParameterNames(@TempDir Path folder) {
        server.then(ScriptedServer.json(200, "{\"object\":\"list\",\"data\":[],\"first_id\":null,\"last_id\":null,\"has_more\":false}"),
                ScriptedServer.bytes(200, "image/webp", new byte[] {1, 2, 3}));

        client.list(new VideoListQuery(50, SortOrder.ASC, "video_0"));
        client.downloadContent("video_1", ContentVariant.THUMBNAIL, folder.resolve("thumbnail.webp"));

        assertThat(server.requests()).extracting(ScriptedServer.Captured::uri)
                .containsExactly("/v1/videos?limit=50&order=asc&after=video_0", "/v1/videos/video_1/content?variant=thumbnail");
    }

    private ScriptedServer.Captured onlyRequest() {
        List<ScriptedServer.Captured> sent = server.requests();
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }
}
