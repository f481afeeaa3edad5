package org.sorastudio.characters.ui;

import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** Test-only stand-in for the studio's provider: every profile talks to one simulator started on first use. */
@ServiceProvider(service = ApiClientProvider.class)
public final class SimulatorClientProvider implements ApiClientProvider {

    static final String PROFILE = "Offline simulator";

    private static SimulatorServer server;
    private static VideoApiClient client;

    static synchronized SimulatorServer server() {
        if (server == null) {
            server = SimulatorServer.start(SimulatorConfig.builder().seed(9).renderMillisPerVideoSecond(300).build());
            client = VideoApiClient.builder(server.baseUrl(), "sk-characters-test").build();
        }
        return server;
    }

    @Override
    public VideoApiClient clientFor(String profileName) {
        server();
        synchronized (SimulatorClientProvider.class) {
            return client;
        }
    }

    @Override
    public String activeProfile() {
        return PROFILE;
    }
}
