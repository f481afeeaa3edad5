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
package org.sorastudio.queue.ui;

import java.util.Set;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** Test-only stand-in for the studio's provider: every profile talks to one simulator started on first use. */
@ServiceProvider(service = ApiClientProvider.class)
public final class SimulatorClientProvider implements ApiClientProvider {

    static final String PROFILE = "Offline simulator";
    /** A prompt with this word ends {@code moderation_blocked}. */
    static final String BLOCKED_WORD = "explode";

    private static SimulatorServer server;
    private static VideoApiClient client;

    static synchronized SimulatorServer server() {
        if (server == null) {
            server = SimulatorServer.start(SimulatorConfig.builder().seed(9).renderMillisPerVideoSecond(300)
                    .moderationWords(Set.of(BLOCKED_WORD)).build());
            client = VideoApiClient.builder(server.baseUrl(), "sk-service-test").build();
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
