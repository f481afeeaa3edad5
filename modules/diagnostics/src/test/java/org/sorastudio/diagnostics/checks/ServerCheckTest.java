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
package org.sorastudio.diagnostics.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sorastudio.openai.RetryPolicy;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** The server check over real HTTP against the simulator: answers timed, a refused key, a server that is not there. */
class ServerCheckTest {

    @Test
    void timesEveryAnswerAndListsTheModels() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().seed(1).requestsPerMinute(600).build());
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), "sk-check").build()) {
            ServerCheck check = ServerCheck.run(client, 3);

            assertThat(check.problem()).isNull();
            assertThat(check.latenciesMillis()).hasSize(3).allMatch(ms -> ms >= 0);
            assertThat(check.minMillis()).isLessThanOrEqualTo(check.medianMillis()).isLessThanOrEqualTo(check.maxMillis());
            assertThat(check.models()).contains("sora-2", "sora-2-pro");
            assertThat(check.rateLimits()).hasValueSatisfying(limits -> assertThat(limits.limitRequests()).isEqualTo(600L));
        }
    }

    @Test
    void aRefusedKeyIsSaidOnceWithWhatToDo() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().seed(1).validKeys(Set.of("sk-right")).build());
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), "sk-wrong").build()) {
            ServerCheck check = ServerCheck.run(client, 3);

            assertThat(check.latenciesMillis()).isEmpty();
            assertThat(check.problem()).isEqualTo("The server refused the key: check the profile's key in Tools > Options.");
        }
    }

    @Test
    void aServerThatIsNotThereIsAProblemNotAnException() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try (VideoApiClient client = VideoApiClient.builder(URI.create("http://127.0.0.1:" + closed + "/v1"), "sk-x")
                .retryPolicy(RetryPolicy.NONE).build()) {
            ServerCheck check = ServerCheck.run(client, 2);

            assertThat(check.problem()).startsWith("The server could not be asked: ");
            assertThat(check.latenciesMillis()).isEmpty();
        }
    }
}
