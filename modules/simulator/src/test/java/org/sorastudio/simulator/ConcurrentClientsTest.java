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
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentClientsTest {

    private static final int CLIENTS = 40;

    @Test
    void dozensOfConcurrentCreatesAreEachAcceptedOnce() throws Exception {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(10)
                .requestsPerMinute(10_000).build())) {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Callable<String>> creates = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    TestClient client = new TestClient(server.baseUrl(), "sk-client-" + i);
                    int number = i;
                    creates.add(() -> {
                        JsonObject video = client.create("Clip " + number, "720x1280", "4");
                        client.pollUntilTerminal(video.get("id").getAsString());
                        return video.get("id").getAsString();
                    });
                }
                Set<String> ids = new HashSet<>();
                for (Future<String> id : pool.invokeAll(creates)) {
                    ids.add(id.get());
                }

                assertThat(ids).hasSize(CLIENTS);
                assertThat(server.acceptedCreates()).isEqualTo(CLIENTS);
                assertThat(new TestClient(server.baseUrl(), "sk-x").get("/videos?limit=100").json()
                        .getAsJsonArray("data")).hasSize(CLIENTS);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void concurrentDownloadsOfOneClipAllGetTheSameBytes() throws Exception {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(10)
                .build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            String id = client.create("Shared clip", "720x1280", "4").get("id").getAsString();
            client.pollUntilTerminal(id);
            ExecutorService pool = Executors.newFixedThreadPool(12);
            try {
                List<Callable<byte[]>> downloads = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    downloads.add(() -> {
                        HttpResponse<byte[]> response = client.download("/videos/" + id + "/content");
                        assertThat(response.statusCode()).isEqualTo(200);
                        return response.body();
                    });
                }
                List<Future<byte[]>> results = pool.invokeAll(downloads);

                byte[] first = results.get(0).get();
                for (Future<byte[]> result : results) {
                    assertThat(result.get()).isEqualTo(first);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
