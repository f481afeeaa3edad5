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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with a state directory hands its jobs to the next server started on that directory. */
class PersistentStateTest {

    /** A 4 s clip renders in 0.4 s after at most 0.1 s queued, so every job ends within half a second. */
    private static final long RENDER_MILLIS_PER_SECOND = 100;

    @TempDir
    Path stateDirectory;

    @Test
    void aRestartedServerServesTheSameJobsAndCounts() throws IOException {
        List<JsonObject> created = new ArrayList<>();
        byte[] contentBefore;
        URI firstUrl;
        String deleted;
        try (SimulatorServer first = start(SimulatorConfig.builder())) {
            firstUrl = first.baseUrl();
            TestClient client = new TestClient(firstUrl, "sk-test");
            for (int i = 0; i < 7; i++) {
                created.add(client.create("Shot " + i, i % 2 == 0 ? "720x1280" : "1280x720", "4"));
            }
            String firstId = id(created.get(0));
            client.pollUntilTerminal(firstId);
            contentBefore = client.download("/videos/" + firstId + "/content").body();
            deleted = id(created.get(3));
            client.pollUntilTerminal(deleted);
            assertThat(client.delete("/videos/" + deleted).status()).isEqualTo(200);
        }
        FileTime renderedAt = Files.getLastModifiedTime(onlyClipVideo());
        TestClient.sleep(1500); // the studio is closed while the jobs' timelines run out

        try (SimulatorServer second = start(SimulatorConfig.builder())) {
            TestClient client = new TestClient(second.baseUrl(), "sk-test");
            assertThat(second.baseUrl()).as("the port of the last run").isEqualTo(firstUrl);
            assertThat(second.acceptedCreates()).isEqualTo(7);

            List<String> newestFirst = new ArrayList<>(created.stream().map(PersistentStateTest::id)
                    .filter(id -> !id.equals(deleted)).toList());
            Collections.reverse(newestFirst);
            assertThat(pagedIds(client, 2)).isEqualTo(newestFirst);
            assertThat(ids(client.get("/videos?order=asc&after=" + deleted).json()))
                    .isEqualTo(created.subList(4, 7).stream().map(PersistentStateTest::id).toList());
            assertThat(client.get("/videos/" + deleted).status()).isEqualTo(404);
            for (JsonObject before : created) {
                if (id(before).equals(deleted)) {
                    continue;
                }
                JsonObject after = client.get("/videos/" + id(before)).json();
                assertThat(before.get("status").getAsString()).isEqualTo("queued");
                assertThat(after.get("status").getAsString()).as("completed while closed").isEqualTo("completed");
                for (String field : List.of("created_at", "prompt", "size", "seconds", "model")) {
                    assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
                }
            }

            String firstId = id(created.get(0));
            HttpResponse<byte[]> content = client.download("/videos/" + firstId + "/content");
            assertThat(content.statusCode()).isEqualTo(200);
            assertThat(content.body()).isEqualTo(contentBefore);
            assertThat(Files.getLastModifiedTime(onlyClipVideo())).as("served from the cache").isEqualTo(renderedAt);
            assertThat(client.download("/videos/" + id(created.get(6)) + "/content?variant=thumbnail").statusCode())
                    .as("rendered lazily after the restart").isEqualTo(200);

            TestClient.Reply remix = client.postJson("/videos/" + firstId + "/remix", "{\"prompt\":\"Shot 0 at night\"}");
            assertThat(remix.status()).isEqualTo(200);
            assertThat(remix.json().get("remixed_from_video_id").getAsString()).isEqualTo(firstId);
            assertThat(created).extracting(PersistentStateTest::id).doesNotContain(id(remix.json()));
            assertThat(second.acceptedCreates()).isEqualTo(8);
        }
        try (SimulatorServer third = start(SimulatorConfig.builder())) {
            assertThat(third.acceptedCreates()).isEqualTo(8);
            assertThat(new TestClient(third.baseUrl(), "sk-test").get("/videos?limit=1").json()
                    .getAsJsonArray("data").get(0).getAsJsonObject().get("prompt").getAsString())
                    .isEqualTo("Shot 0 at night");
        }
    }

    @Test
    void renderSlotsTakenBeforeARestartStayTaken() {
        // One slot and four-minute renders: the job of the first run holds the slot long after the restart.
        SimulatorConfig.Builder oneSlot = SimulatorConfig.builder().maxConcurrentJobs(1);
        try (SimulatorServer first = SimulatorServer.start(oneSlot.renderMillisPerVideoSecond(60_000)
                .stateDirectory(stateDirectory).build())) {
            new TestClient(first.baseUrl(), "sk-test").create("Holds the slot", "720x1280", "4");
        }
        try (SimulatorServer second = SimulatorServer.start(oneSlot.renderMillisPerVideoSecond(100)
                .stateDirectory(stateDirectory).build())) {
            TestClient client = new TestClient(second.baseUrl(), "sk-test");
            String waiting = id(client.create("Waits for the slot", "720x1280", "4"));
            TestClient.sleep(1200); // with a free slot it would have been picked up and finished by now
            assertThat(client.get("/videos/" + waiting).json().get("status").getAsString()).isEqualTo("queued");
        }
    }

    @Test
    void createQuotasCountEarlierRuns() {
        SimulatorConfig.Builder quotaOfTwo = SimulatorConfig.builder().createQuota(2);
        try (SimulatorServer first = start(quotaOfTwo)) {
            TestClient client = new TestClient(first.baseUrl(), "sk-a");
            client.create("One", "720x1280", "4");
            client.create("Two", "720x1280", "4");
        }
        try (SimulatorServer second = start(quotaOfTwo)) {
            TestClient client = new TestClient(second.baseUrl(), "sk-a");
            TestClient.Reply refused = client.postJson("/videos", "{\"prompt\":\"Three\"}");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.errorCode()).isEqualTo("insufficient_quota");
            assertThat(client.withKey("sk-b").postJson("/videos", "{\"prompt\":\"Other key\"}").status()).isEqualTo(200);
        }
    }

    @Test
    void theJournalHoldsNoApiKey() throws IOException {
        try (SimulatorServer server = start(SimulatorConfig.builder())) {
            new TestClient(server.baseUrl(), "sk-secret-key-1234").create("Private", "720x1280", "4");
        }
        assertThat(Files.readString(stateDirectory.resolve("jobs.jsonl"))).contains("Private")
                .doesNotContain("sk-secret-key-1234");
    }

    @Test
    void oneFolderServesOneSimulatorAtATime() {
        try (SimulatorServer first = start(SimulatorConfig.builder())) {
            assertThatThrownBy(() -> start(SimulatorConfig.builder()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("Cannot use the simulator state folder " + stateDirectory + ": another simulator is using it");
            assertThat(new TestClient(first.baseUrl(), "sk-test").get("/models").status()).isEqualTo(200);
        }
    }

    @Test
    void aStateDirectoryThatIsAFileIsReportedAsSuch() throws IOException {
        Path file = Files.writeString(stateDirectory.resolve("notes.txt"), "not a folder");

        assertThatThrownBy(() -> SimulatorServer.start(SimulatorConfig.builder().stateDirectory(file).build()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot use the simulator state folder " + file + ": it is a file, not a folder");
    }

    @Test
    void clipsOfDeletedJobsLeaveTheCacheOnRestart() throws IOException {
        String kept;
        try (SimulatorServer first = start(SimulatorConfig.builder())) {
            TestClient client = new TestClient(first.baseUrl(), "sk-test");
            kept = id(client.create("Kept", "720x1280", "4"));
            String deleted = id(client.create("Deleted", "720x1280", "4"));
            for (String id : List.of(kept, deleted)) {
                client.pollUntilTerminal(id);
                assertThat(client.download("/videos/" + id + "/content").statusCode()).isEqualTo(200);
            }
            assertThat(client.delete("/videos/" + deleted).status()).isEqualTo(200);
            assertThat(clipFolders()).hasSize(2);
        }
        try (SimulatorServer second = start(SimulatorConfig.builder())) {
            assertThat(clipFolders()).hasSize(1);
            assertThat(new TestClient(second.baseUrl(), "sk-test").download("/videos/" + kept + "/content")
                    .statusCode()).isEqualTo(200);
            assertThat(clipFolders()).as("served from the cache").hasSize(1);
        }
    }

    @Test
    void withoutAStateDirectoryJobsEndWithTheServer() {
        SimulatorConfig inMemory = SimulatorConfig.builder().seed(3).build();
        String id;
        try (SimulatorServer first = SimulatorServer.start(inMemory)) {
            id = id(new TestClient(first.baseUrl(), "sk-test").create("Gone", "720x1280", "4"));
        }
        try (SimulatorServer second = SimulatorServer.start(inMemory)) {
            TestClient client = new TestClient(second.baseUrl(), "sk-test");
            assertThat(client.get("/videos/" + id).status()).isEqualTo(404);
            assertThat(ids(client.get("/videos").json())).isEmpty();
            assertThat(second.acceptedCreates()).isZero();
        }
    }

    private SimulatorServer start(SimulatorConfig.Builder config) {
        return SimulatorServer.start(config.seed(11).renderMillisPerVideoSecond(RENDER_MILLIS_PER_SECOND)
                .stateDirectory(stateDirectory).build());
    }

    private Path onlyClipVideo() throws IOException {
        List<Path> folders = clipFolders();
        assertThat(folders).hasSize(1);
        return folders.get(0).resolve("video.mp4");
    }

    private List<Path> clipFolders() throws IOException {
        try (Stream<Path> clips = Files.list(stateDirectory.resolve("clips"))) {
            return clips.toList();
        }
    }

    private static List<String> pagedIds(TestClient client, int pageSize) {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more;
        do {
            JsonObject page = client.get("/videos?limit=" + pageSize + (after == null ? "" : "&after=" + after)).json();
            seen.addAll(ids(page));
            after = page.get("last_id").isJsonNull() ? null : page.get("last_id").getAsString();
            more = page.get("has_more").getAsBoolean();
        } while (more);
        return seen;
    }

    static List<String> ids(JsonObject page) {
        List<String> ids = new ArrayList<>();
        for (JsonElement video : page.getAsJsonArray("data")) {
            ids.add(id(video.getAsJsonObject()));
        }
        return ids;
    }

    private static String id(JsonObject video) {
        return video.get("id").getAsString();
    }
}
