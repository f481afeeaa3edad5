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

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every request the API refuses, refused the same way: status, type, param, code and a clear message. */
class RequestValidationTest {

    private static SimulatorServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(60_000).build());
        client = new TestClient(server.baseUrl(), "sk-test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> invalidCreates() {
        return Stream.of(
                Arguments.of("missing prompt", "{\"model\": \"sora-2\"}", "prompt", "missing_required_parameter",
                        "Missing required parameter: 'prompt'."),
                Arguments.of("empty prompt", "{\"prompt\": \"\"}", "prompt", "string_too_short", "string too short"),
                Arguments.of("prompt not a string", "{\"prompt\": 42}", "prompt", "invalid_type", "expected a string"),
                Arguments.of("unknown model", "{\"prompt\": \"p\", \"model\": \"sora-3\"}", "model", "invalid_value",
                        "Invalid value: 'sora-3'. Supported values are: 'sora-2' and 'sora-2-pro'."),
                Arguments.of("size only sora-2-pro offers", "{\"prompt\": \"p\", \"model\": \"sora-2\", \"size\": \"1792x1024\"}",
                        "size", "invalid_value", "Supported values are: '720x1280' and '1280x720'."),
                Arguments.of("size no model offers", "{\"prompt\": \"p\", \"model\": \"sora-2-pro\", \"size\": \"1920x1080\"}",
                        "size", "invalid_value", "Invalid value: '1920x1080'."),
                Arguments.of("seconds not allowed", "{\"prompt\": \"p\", \"seconds\": \"5\"}", "seconds", "invalid_value",
                        "Invalid value: '5'. Supported values are: '4', '8', and '12'."),
                Arguments.of("seconds as a number", "{\"prompt\": \"p\", \"seconds\": 8}", "seconds", "invalid_type",
                        "expected a string, but got an integer"),
                Arguments.of("unknown parameter", "{\"prompt\": \"p\", \"fps\": \"30\"}", "fps", "unknown_parameter",
                        "Unknown parameter: 'fps'."),
                Arguments.of("reference with both url and file id",
                        "{\"prompt\": \"p\", \"input_reference\": {\"image_url\": \"https://x/y.png\", \"file_id\": \"file-1\"}}",
                        "input_reference", "invalid_value", "exactly one of 'image_url' or 'file_id'"),
                Arguments.of("reference data URL of another size",
                        "{\"prompt\": \"p\", \"size\": \"1280x720\", \"input_reference\": {\"image_url\": \"data:image/png;base64,"
                                + Base64.getEncoder().encodeToString(ReferenceImages.imageIo("png", 640, 480)) + "\"}}",
                        "input_reference", "invalid_value", "Inpaint image must match the requested width and height"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCreates")
    void invalidJsonCreateIsRefusedWithTheApiError(String name, String body, String param, String code,
                                                   String message) {
        long acceptedBefore = server.acceptedCreates();

        TestClient.Reply reply = client.postJson("/videos", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorType()).isEqualTo("invalid_request_error");
        assertThat(reply.errorParam()).isEqualTo(param);
        assertThat(reply.errorCode()).isEqualTo(code);
        assertThat(reply.errorMessage()).contains(message);
        assertThat(server.acceptedCreates()).isEqualTo(acceptedBefore);
    }

    @Test
    void uploadedReferenceOfAnotherSizeIsRefused() {
        TestClient.Reply reply = client.postMultipart("/videos", new MultipartBody().field("prompt", "p")
                .field("size", "1280x720").file("input_reference", "ref.png", "image/png",
                        ReferenceImages.imageIo("png", 720, 1280)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorParam()).isEqualTo("input_reference");
        assertThat(reply.errorMessage()).contains("the image is 720x1280, the requested size is 1280x720");
    }

    static Stream<Arguments> matchingReferences() {
        return Stream.of(
                Arguments.of("png", ReferenceImages.imageIo("png", 1280, 720)),
                Arguments.of("jpeg", ReferenceImages.imageIo("jpeg", 1280, 720)),
                Arguments.of("lossy webp", ReferenceImages.webp(1280, 720, false)),
                Arguments.of("lossless webp", ReferenceImages.webp(1280, 720, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matchingReferences")
    void uploadedReferenceOfTheRequestedSizeIsAccepted(String format, byte[] image) {
        TestClient.Reply reply = client.postMultipart("/videos", new MultipartBody().field("prompt", "From a still")
                .field("size", "1280x720").file("input_reference", "ref", "image/" + format, image));

        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
        assertThat(reply.json().get("size").getAsString()).isEqualTo("1280x720");
    }

    @Test
    void uploadThatIsNoImageIsRefused() {
        TestClient.Reply reply = client.postMultipart("/videos", new MultipartBody().field("prompt", "p")
                .file("input_reference", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("invalid_image");
    }

    @Test
    void referenceByFileIdOrHttpUrlIsAccepted() {
        assertThat(client.postJson("/videos", "{\"prompt\": \"p\", \"input_reference\": {\"file_id\": \"file-123\"}}")
                .status()).isEqualTo(200);
        assertThat(client.postJson("/videos",
                "{\"prompt\": \"p\", \"input_reference\": {\"image_url\": \"https://example.com/a.png\"}}").status())
                .isEqualTo(200);
    }

    @Test
    void malformedMultipartIsRefused() {
        MultipartBody form = new MultipartBody().field("prompt", "p");

        TestClient.Reply reply = client.postRaw("/videos", form.contentType(), form.unterminatedBytes());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorMessage()).startsWith("Could not parse the multipart form");
    }

    @Test
    void multipartWithoutBoundaryIsRefused() {
        TestClient.Reply reply = client.postRaw("/videos", "multipart/form-data", "prompt=p".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorMessage()).contains("no boundary");
    }

    @Test
    void invalidJsonIsRefused() {
        TestClient.Reply reply = client.postJson("/videos", "{\"prompt\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorMessage()).startsWith("We could not parse the JSON body of your request.");
    }

    @Test
    void otherContentTypesAreRefused() {
        TestClient.Reply reply = client.postRaw("/videos", "text/plain", "prompt".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("unsupported_content_type");
    }

    @Test
    void proModelAcceptsItsLargerSizesAndSnapshotsBehaveAsTheirBase() {
        TestClient.Reply pro = client.postJson("/videos",
                "{\"prompt\": \"p\", \"model\": \"sora-2-pro\", \"size\": \"1792x1024\", \"seconds\": \"12\"}");
        TestClient.Reply snapshot = client.postJson("/videos",
                "{\"prompt\": \"p\", \"model\": \"sora-2-pro-2025-10-06\", \"size\": \"1024x1792\"}");
        TestClient.Reply baseSnapshot = client.postJson("/videos",
                "{\"prompt\": \"p\", \"model\": \"sora-2-2025-10-06\", \"size\": \"1024x1792\"}");

        assertThat(pro.status()).isEqualTo(200);
        assertThat(snapshot.status()).isEqualTo(200);
        assertThat(snapshot.json().get("model").getAsString()).isEqualTo("sora-2-pro-2025-10-06");
        assertThat(baseSnapshot.status()).isEqualTo(400);
        assertThat(baseSnapshot.errorParam()).isEqualTo("size");
    }

    @Test
    void invalidListParametersAreRefused() {
        assertThat(client.get("/videos?limit=101").errorParam()).isEqualTo("limit");
        assertThat(client.get("/videos?limit=many").errorCode()).isEqualTo("invalid_type");
        assertThat(client.get("/videos?order=newest").errorCode()).isEqualTo("invalid_value");
        assertThat(client.get("/videos?after=video_unknown").errorParam()).isEqualTo("after");
        assertThat(client.get("/videos?after=video_unknown").status()).isEqualTo(400);
    }

    @Test
    void unknownContentVariantIsRefused() {
        String id = client.create("p", "720x1280", "4").get("id").getAsString();

        TestClient.Reply reply = client.get("/videos/" + id + "/content?variant=poster");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorParam()).isEqualTo("variant");
    }

    @Test
    void remixWithoutPromptIsRefused() {
        String id = client.create("p", "720x1280", "4").get("id").getAsString();

        TestClient.Reply reply = client.postJson("/videos/" + id + "/remix", "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("missing_required_parameter");
    }
}
