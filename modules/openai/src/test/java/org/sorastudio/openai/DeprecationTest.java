package org.sorastudio.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
