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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** Extend, edit and characters: the client against the simulator over loopback HTTP. */
class DerivedVideosContractTest {

    private static SimulatorServer simulator;
    private static VideoApiClient client;
    private static Video source;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() {
        simulator = SimulatorServer.start(SimulatorConfig.builder().seed(23).renderMillisPerVideoSecond(20)
                .moderationWords(Set.of("forbidden")).build());
        client = VideoApiClient.builder(simulator.baseUrl(), "sk-contract").retryPolicy(new RetryPolicy(3,
                Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(10))).build();
        List<Video> states = SimulatorContractTest.awaitTerminal(client,
                client.create(CreateVideoRequest.of("A lantern in the fog", "sora-2", 4, "1280x720")).video().id());
        source = states.get(states.size() - 1);
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void extendSendsTheReferenceAndTheSegmentAndGetsTheStitchedVideo() throws IOException {
        VideoResponse extended = client.extend(new ExtendVideoRequest(source.id(), "The lantern swings", "8"));

        assertThat(extended.video().status()).isEqualTo(VideoStatus.QUEUED);
        assertThat(extended.video().seconds()).isEqualTo("12");
        assertThat(extended.video().size()).isEqualTo("1280x720");
        assertThat(extended.requestId()).startsWith("req_");
        List<Video> states = SimulatorContractTest.awaitTerminal(client, extended.video().id());
        assertThat(states.get(states.size() - 1).status()).isEqualTo(VideoStatus.COMPLETED);
        DownloadResult clip = client.downloadContent(extended.video().id(), ContentVariant.VIDEO, folder.resolve("x.mp4"));
        assertThat(clip.bytes()).isGreaterThan(Files.size(client.downloadContent(source.id(), ContentVariant.VIDEO,
                folder.resolve("source.mp4")).file())).as("a longer clip");
    }

    @Test
    void editGetsACopyOfTheSameLength() {
        VideoResponse edited = client.edit(new EditVideoRequest(source.id(), "Make it dawn"));

        assertThat(edited.video().seconds()).isEqualTo("4");
        assertThat(edited.video().prompt()).isEqualTo("Make it dawn");
        List<Video> states = SimulatorContractTest.awaitTerminal(client, edited.video().id());
        assertThat(states.get(states.size() - 1).status()).isEqualTo(VideoStatus.COMPLETED);
    }

    @Test
    void extendingAnUnknownOrFailedVideoIsAnInvalidRequestThatCreatesNothing() {
        List<Video> states = SimulatorContractTest.awaitTerminal(client,
                client.create(CreateVideoRequest.of("Something forbidden", "sora-2", 4, "1280x720")).video().id());
        String failed = states.get(states.size() - 1).id();
        long before = simulator.acceptedCreates();

        InvalidRequestException unknown = catchThrowableOfType(InvalidRequestException.class,
                () -> client.extend(new ExtendVideoRequest("video_unknown", "More", "4")));
        InvalidRequestException notCompleted = catchThrowableOfType(InvalidRequestException.class,
                () -> client.edit(new EditVideoRequest(failed, "Fix it")));
        InvalidRequestException badSeconds = catchThrowableOfType(InvalidRequestException.class,
                () -> client.extend(new ExtendVideoRequest(source.id(), "More", "7")));

        assertThat(unknown.isNotFound()).isTrue();
        assertThat(unknown.isOutcomeUnknown()).isFalse();
        assertThat(notCompleted.statusCode()).isEqualTo(400);
        assertThat(notCompleted.getMessage()).contains("only completed videos");
        assertThat(badSeconds.error().orElseThrow().param()).isEqualTo("seconds");
        assertThat(simulator.acceptedCreates()).isEqualTo(before);
    }

    @Test
    void aCharacterIsCreatedFromAnUploadedClipAndFetchedById() {
        Path clip = client.downloadContent(source.id(), ContentVariant.VIDEO, folder.resolve("lantern.mp4")).file();

        VideoCharacter created = client.createCharacter(new CreateCharacterRequest("Lantern Keeper", clip));
        VideoCharacter fetched = client.retrieveCharacter(created.id());

        assertThat(created.id()).startsWith("char_");
        assertThat(created.name()).isEqualTo("Lantern Keeper");
        assertThat(created.createdAt()).isNotNull();
        assertThat(fetched).isEqualTo(new VideoCharacter(created.id(), "Lantern Keeper", created.createdAt(),
                fetched.requestId()));
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> client.retrieveCharacter("char_nope"))
                .isNotFound()).isTrue();
    }

    @Test
    void aCharacterClipThatIsNotAVideoIsRefusedWithTheServersReason() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.mp4"), "not a clip", StandardCharsets.UTF_8);

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> client.createCharacter(new CreateCharacterRequest("Mira", text)));

        assertThat(refused.getMessage()).contains("not a video");
        assertThat(refused.error().orElseThrow().param()).isEqualTo("video");
        assertThatThrownBy(() -> new CreateCharacterRequest("M".repeat(81), text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 80");
    }

    @Test
    void anUploadedVideoIsExtendedAndEditedAndANonVideoUploadIsRefused() throws IOException {
        Path clip = client.downloadContent(source.id(), ContentVariant.VIDEO, folder.resolve("upload.mp4")).file();

        VideoResponse extended = client.extend(ExtendVideoRequest.ofUpload(clip, "The fog lifts", "4"));
        VideoResponse edited = client.edit(EditVideoRequest.ofUpload(clip, "Make it snow"));

        assertThat(extended.video().seconds()).as("4 s uploaded + 4 s").isEqualTo("8");
        assertThat(edited.video().seconds()).isEqualTo("4");
        for (String id : List.of(extended.video().id(), edited.video().id())) {
            List<Video> states = SimulatorContractTest.awaitTerminal(client, id);
            assertThat(states.get(states.size() - 1).status()).isEqualTo(VideoStatus.COMPLETED);
        }
        Path text = Files.writeString(folder.resolve("notes.mp4"), "not a clip", StandardCharsets.UTF_8);
        long before = simulator.acceptedCreates();
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> client.extend(ExtendVideoRequest.ofUpload(text, "More", "4")));
        assertThat(refused.getMessage()).contains("not a video");
        assertThat(refused.error().orElseThrow().param()).isEqualTo("video");
        assertThat(simulator.acceptedCreates()).isEqualTo(before);
        assertThatThrownBy(() -> new EditVideoRequest(source.id(), clip, "both")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not both");
    }
}
