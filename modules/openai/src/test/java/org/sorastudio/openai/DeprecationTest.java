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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** A server that announces the end of /videos is heard, once per endpoint, with the date it gave. */
class DeprecationTest {

    @Test
    void sunsetHeadersReachListenersOncePerEndpoint() {
        SimulatorConfig config = SimulatorConfig.builder().renderMillisPerVideoSecond(1).videosSunset(LocalDate.of(2026, 9, 24)).build();
        try (SimulatorServer server = SimulatorServer.start(config);
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), "sk-deprecation").build()) {
            List<DeprecationNotice> heard = new CopyOnWriteArrayList<>();
            client.addDeprecationListener(heard::add);

            String first = client.create(CreateVideoRequest.of("A sunset", "sora-2", 4, "1280x720")).video().id();
            String second = client.create(CreateVideoRequest.of("Another sunset", "sora-2", 4, "1280x720")).video().id();
            client.retrieve(first);
            client.retrieve(second);
            client.listModels();

            assertThat(heard).extracting(DeprecationNotice::endpoint)
                    .containsExactly("POST /videos", "GET /videos/{video_id}");
            DeprecationNotice notice = heard.get(0);
            assertThat(notice.deprecation()).isEqualTo("true");
            assertThat(notice.sunsetAt()).contains(Instant.parse("2026-09-24T00:00:00Z"));
            assertThat(notice.describe()).contains("POST /videos").contains("stops serving it on 2026-09-24");
        }
    }

    @Test
    void aDeprecatedModelIsHeardFromItsVideosAndFromTheModelListOnceEach() {
        SimulatorConfig config = SimulatorConfig.builder().renderMillisPerVideoSecond(1)
                .modelSunsets(Map.of("sora-2-pro", LocalDate.of(2027, 3, 1))).build();
        try (SimulatorServer server = SimulatorServer.start(config);
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), "sk-deprecation").build()) {
            List<DeprecationNotice> heard = new CopyOnWriteArrayList<>();
            client.addDeprecationListener(heard::add);

            client.create(CreateVideoRequest.of("Not deprecated", "sora-2", 4, "1280x720"));
            assertThat(heard).as("a model still served").isEmpty();
            client.create(CreateVideoRequest.of("Deprecated", "sora-2-pro", 4, "1280x720"));
            client.listModels();
            client.listModels();

            assertThat(heard).extracting(DeprecationNotice::endpoint).containsExactly("POST /videos", "model sora-2-pro");
            assertThat(heard).allSatisfy(notice -> assertThat(notice.sunsetAt()).contains(Instant.parse("2027-03-01T00:00:00Z")));
            assertThat(heard.get(1).describe()).contains("model sora-2-pro").contains("stops serving it on 2027-03-01");
            assertThat(client.deprecationNotices()).isEqualTo(heard);
            assertThat(client.listModels()).filteredOn(model -> model.id().equals("sora-2-pro"))
                    .extracting(ModelInfo::shutdownDate).containsExactly(LocalDate.of(2027, 3, 1));
        }
    }

    @Test
    void aServerWithoutTheHeadersAnnouncesNothing() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().build());
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), "sk-deprecation").build()) {
            List<DeprecationNotice> heard = new CopyOnWriteArrayList<>();
            client.addDeprecationListener(heard::add);
            client.list(VideoListQuery.firstPage());
            assertThat(heard).isEmpty();
        }
    }
}
