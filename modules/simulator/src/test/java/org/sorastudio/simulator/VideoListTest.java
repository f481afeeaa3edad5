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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VideoListTest {

    private SimulatorServer server;
    private TestClient client;
    /** Ids in creation order. */
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void createSevenVideos() {
        server = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(10).build());
        client = new TestClient(server.baseUrl(), "sk-test");
        for (int i = 0; i < 7; i++) {
            created.add(client.create("Clip " + i, "720x1280", "4").get("id").getAsString());
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pagesFollowTheAfterCursorNewestFirst() {
        List<String> seen = new ArrayList<>();
        String after = null;
        List<Boolean> hasMore = new ArrayList<>();
        do {
            JsonObject page = client.get("/videos?limit=3" + (after == null ? "" : "&after=" + after)).json();
            List<String> ids = ids(page);
            assertThat(page.get("first_id").getAsString()).isEqualTo(ids.get(0));
            assertThat(page.get("last_id").getAsString()).isEqualTo(ids.get(ids.size() - 1));
            seen.addAll(ids);
            hasMore.add(page.get("has_more").getAsBoolean());
            after = page.get("last_id").getAsString();
        } while (hasMore.get(hasMore.size() - 1));

        List<String> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertThat(seen).isEqualTo(newestFirst);
        assertThat(hasMore).containsExactly(true, true, false);
    }

    @Test
    void ascendingOrderListsOldestFirst() {
        JsonObject page = client.get("/videos?order=asc&limit=4").json();

        assertThat(ids(page)).isEqualTo(created.subList(0, 4));
        assertThat(ids(client.get("/videos?order=asc&after=" + created.get(3)).json())).isEqualTo(created.subList(4, 7));
    }

    @Test
    void defaultPageHoldsTwentyAndAnEmptyPageHasNullIds() {
        assertThat(ids(client.get("/videos").json())).hasSize(7);
        JsonObject empty = client.get("/videos?limit=0").json();
        assertThat(empty.getAsJsonArray("data")).isEmpty();
        assertThat(empty.get("first_id").isJsonNull()).isTrue();
        assertThat(empty.get("last_id").isJsonNull()).isTrue();
        assertThat(empty.get("has_more").getAsBoolean()).isTrue();
    }

    @Test
    void deletedVideosLeaveTheListButStillWorkAsCursors() {
        String deleted = created.get(3);
        client.pollUntilTerminal(deleted);
        assertThat(client.delete("/videos/" + deleted).status()).isEqualTo(200);

        assertThat(ids(client.get("/videos?limit=100").json())).hasSize(6).doesNotContain(deleted);
        assertThat(ids(client.get("/videos?order=asc&after=" + deleted).json())).isEqualTo(created.subList(4, 7));
    }

    private static List<String> ids(JsonObject page) {
        List<String> ids = new ArrayList<>();
        for (JsonElement video : page.getAsJsonArray("data")) {
            ids.add(video.getAsJsonObject().get("id").getAsString());
        }
        return ids;
    }
}
