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
package org.sorastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.openai.ContentVariant;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.VideoStatus;
import org.sorastudio.simulator.SimulatorServer;

/** {@code extend}, {@code edit} and {@code character}, run as a user runs them, against the simulator. */
class DerivedCommandsTest {

    @TempDir
    Path dir;

    @Test
    void extendRunsAJournaledJobThatTheSameCommandResumesWithoutSendingAgain() throws Exception {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorFixture.fast().build());
             VideoApiClient client = VideoApiClient.builder(simulator.baseUrl(), SimulatorFixture.KEY).build()) {
            String source = finished(client, "A hot air balloon");
            String[] extend = {"extend", source, "--prompt", "It rises above the clouds", "--seconds", "8",
                    "--base-url", simulator.baseUrl().toString(), "--output", "out", "--json"};

            CliProcess.Result first = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run(extend);
            CliProcess.Result again = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run(extend);

            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(first.last().get("completed").getAsInt()).isEqualTo(1);
            assertThat(again.exitCode()).as(again.toString()).isZero();
            assertThat(simulator.acceptedCreates()).as("the source and one extension").isEqualTo(2);
            Path sidecar = Files.list(dir.resolve("out")).filter(p -> p.toString().endsWith(".json")
                    && !p.toString().endsWith(".queue.json") && !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
            JsonObject request = JsonParser.parseString(Files.readString(sidecar)).getAsJsonObject()
                    .getAsJsonObject("request");
            assertThat(request.get("kind").getAsString()).isEqualTo("EXTEND");
            assertThat(request.get("sourceVideoId").getAsString()).isEqualTo(source);
        }
    }

    @Test
    void extendingOrEditingAnUnknownOrFailedVideoIsInvalidInputAndSendsNothing() throws Exception {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorFixture.fast().moderationWords(Set.of("forbidden"))
                .build());
             VideoApiClient client = VideoApiClient.builder(simulator.baseUrl(), SimulatorFixture.KEY).build()) {
            String failed = client.create(CreateVideoRequest.of("Something forbidden", "sora-2", 4, "1280x720"))
                    .video().id();
            awaitTerminal(client, failed);
            long creates = simulator.createRequests();

            CliProcess.Result unknown = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("edit", "video_gone",
                    "--prompt", "Make it blue", "--base-url", simulator.baseUrl().toString(), "--output", "out");
            CliProcess.Result broken = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("extend", failed,
                    "--prompt", "More", "--seconds", "4", "--base-url", simulator.baseUrl().toString(), "--output", "out");

            assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(3);
            assertThat(unknown.stderr()).contains("video video_gone cannot be edited", "deleted, has expired or never existed")
                    .doesNotContain("Exception");
            assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(3);
            assertThat(broken.stderr()).contains("it failed", "only completed videos can be extended");
            assertThat(simulator.createRequests()).isEqualTo(creates);
        }
    }

    @Test
    void anExtensionLengthTheCapabilityTableDoesNotAllowIsInvalidInputAndSendsNothing() throws Exception {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorFixture.fast().build());
             VideoApiClient client = VideoApiClient.builder(simulator.baseUrl(), SimulatorFixture.KEY).build()) {
            String source = finished(client, "A hot air balloon");
            long creates = simulator.createRequests();

            CliProcess.Result five = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("extend", source,
                    "--prompt", "It rises", "--seconds", "5", "--base-url", simulator.baseUrl().toString(), "--output", "out");

            assertThat(five.exitCode()).as(five.toString()).isEqualTo(3);
            assertThat(five.stderr()).contains("--seconds 5 is not a length this server extends by", "4, 8, 12, 16, 20")
                    .doesNotContain("Exception");
            assertThat(simulator.createRequests()).isEqualTo(creates);
        }
    }

    @Test
    void aCharacterIsCreatedFromAClipAndFetchedAndBadClipsAreInvalidInput() throws Exception {
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorFixture.fast().build());
             VideoApiClient client = VideoApiClient.builder(simulator.baseUrl(), SimulatorFixture.KEY).build()) {
            Path clip = client.downloadContent(finished(client, "A fox with a red scarf"), ContentVariant.VIDEO,
                    dir.resolve("fox.mp4")).file();
            Path notes = Files.writeString(dir.resolve("notes.mp4"), "not a clip", StandardCharsets.UTF_8);
            String url = simulator.baseUrl().toString();

            CliProcess.Result created = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("character", "create",
                    "--name", "Scarf Fox", "--video", clip.toString(), "--base-url", url, "--json");
            String id = created.last().get("id").getAsString();
            CliProcess.Result fetched = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("character", "get", id,
                    "--base-url", url);
            CliProcess.Result unknown = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("character", "get",
                    "char_nope", "--base-url", url);
            CliProcess.Result notVideo = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("character", "create",
                    "--name", "Fox", "--video", notes.toString(), "--base-url", url);
            CliProcess.Result longName = new CliProcess(dir).apiKey(SimulatorFixture.KEY).run("character", "create",
                    "--name", "F".repeat(81), "--video", clip.toString(), "--base-url", url);

            assertThat(created.exitCode()).as(created.toString()).isZero();
            assertThat(created.last().get("event").getAsString()).isEqualTo("created");
            assertThat(created.last().get("name").getAsString()).isEqualTo("Scarf Fox");
            assertThat(fetched.exitCode()).as(fetched.toString()).isZero();
            assertThat(fetched.stdout()).contains(id, "Scarf Fox");
            assertThat(unknown.exitCode()).isEqualTo(3);
            assertThat(unknown.stderr()).contains("no such character");
            assertThat(notVideo.exitCode()).isEqualTo(3);
            assertThat(notVideo.stderr()).contains("not a video");
            assertThat(longName.exitCode()).isEqualTo(3);
            assertThat(longName.stderr()).contains("at most 80");
        }
    }

    private static String finished(VideoApiClient client, String prompt) throws InterruptedException {
        String id = client.create(CreateVideoRequest.of(prompt, "sora-2", 4, "1280x720")).video().id();
        assertThat(awaitTerminal(client, id)).isEqualTo(VideoStatus.COMPLETED);
        return id;
    }

    private static VideoStatus awaitTerminal(VideoApiClient client, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            VideoStatus status = client.retrieve(id).video().status();
            if (status.isTerminal()) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(id + " did not finish");
    }
}
