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
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sorastudio.openai.ScriptedServer.bytes;
import static org.sorastudio.openai.ScriptedServer.cutAfter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads against a scripted server: resume, restart, length check, and the target left alone on failure. */
class DownloadTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(5));

    private final byte[] content = new byte[300_000];
    private ScriptedServer server;
    private VideoApiClient client;

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws IOException {
        new Random(7).nextBytes(content);
        server = new ScriptedServer();
        client = VideoApiClient.builder(server.baseUrl(), "k").retryPolicy(FAST).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void cutTransferIsResumedWithARangeRequest() throws IOException {
        int cut = 100_000;
        server.then(cutAfter(200, content, cut, "Content-Type", "video/mp4"),
                bytes(206, "video/mp4", Arrays.copyOfRange(content, cut, content.length),
                        "Content-Range", "bytes " + cut + "-" + (content.length - 1) + "/" + content.length));

        DownloadResult result = client.downloadContent("video_1", ContentVariant.VIDEO, folder.resolve("clip.mp4"));

        assertThat(Files.readAllBytes(result.file())).isEqualTo(content);
        assertThat(result.bytes()).isEqualTo(content.length);
        assertThat(result.resumes()).isEqualTo(1);
        assertThat(result.restarts()).isZero();
        assertThat(result.contentType()).isEqualTo("video/mp4");
        assertThat(server.requests().get(1).header("Range")).isEqualTo("bytes=" + cut + "-");
        assertThat(leftoverPartFiles()).isEmpty();
    }

    @Test
    void serverThatIgnoresRangeMakesTheDownloadStartOver() throws IOException {
        server.then(cutAfter(200, content, 50_000), bytes(200, "video/mp4", content));

        DownloadResult result = client.downloadContent("video_1", ContentVariant.VIDEO, folder.resolve("clip.mp4"));

        assertThat(Files.readAllBytes(result.file())).isEqualTo(content);
        assertThat(result.restarts()).isEqualTo(1);
        assertThat(result.resumes()).isZero();
    }

    @Test
    void failedDownloadLeavesTheExistingTargetUntouched() throws IOException {
        Path target = Files.writeString(folder.resolve("clip.mp4"), "previous clip");
        server.otherwise(cutAfter(200, content, 1_000));

        ApiConnectionException failure = catchThrowableOfType(ApiConnectionException.class,
                () -> client.downloadContent("video_1", ContentVariant.VIDEO, target));

        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(Files.readString(target)).isEqualTo("previous clip");
        assertThat(leftoverPartFiles()).isEmpty();
        assertThat(server.requests()).hasSize(1 + FAST.maxRetries());
    }

    @Test
    void missingVideoIsAnInvalidRequestAndNotRetried() {
        server.then(ScriptedServer.json(404, VideoFixtures.error("invalid_request_error", "not_found", "Video not found", null)));

        InvalidRequestException failure = catchThrowableOfType(InvalidRequestException.class,
                () -> client.downloadContent("video_gone", ContentVariant.SPRITESHEET, folder.resolve("sheet.jpg")));

        assertThat(failure.isNotFound()).isTrue();
        assertThat(server.requests()).hasSize(1);
        assertThat(folder.resolve("sheet.jpg")).doesNotExist();
    }

    @Test
    void targetFolderIsCreated() throws IOException {
        server.then(bytes(200, "image/webp", content));

        Path target = folder.resolve("shots/shot-01/thumbnail.webp");
        client.downloadContent("video_1", ContentVariant.THUMBNAIL, target);

        assertThat(Files.readAllBytes(target)).isEqualTo(content);
    }

    private List<Path> leftoverPartFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
