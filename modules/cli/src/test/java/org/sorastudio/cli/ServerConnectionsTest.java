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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;
import org.sorastudio.openai.ModelInfo;
import org.sorastudio.profiles.api.HeadlessCredentialStore;
import org.sorastudio.testing.RecordingGateway;

/**
 * The CLI turns profiles into clients through the profiles module, as the studio does, with the secrets of its headless
 * credential store: what reaches a gateway.
 */
class ServerConnectionsTest {

    @TempDir
    Path folder;

    private HeadlessCredentialStore environment(Map<String, String> variables) {
        return new HeadlessCredentialStore(variables, folder.resolve("credentials.properties"));
    }

    private HeadlessCredentialStore environment() {
        return environment(Map.of("OPENAI_API_KEY", "sk-from-environment", "SORA_STUDIO_HEADER_GATEWAY_X_GATEWAY_KEY", "gateway-secret"));
    }

    @Test
    void aSettingsProfileReachesItsGatewayWithItsPathKeyOrganizationAndExtraHeaders() {
        try (RecordingGateway gateway = RecordingGateway.start()) {
            Profile profile = new Profile("Gateway", gateway.baseUrl().toString(), "org-7", "proj-7", List.of("x-gateway-key"));
            Settings settings = new Settings("Gateway", List.of(profile), null, 2, 30, 60, null);
            CommonOptions options = new CommonOptions();
            options.profile = "Gateway";

            try (ServerConnections servers = ServerConnections.choose(options, settings, environment())) {
                servers.checkReachable();
                assertThat(servers.clientFor(servers.activeProfile()).listModels()).extracting(ModelInfo::id).containsExactly("sora-2");
            }

            assertThat(gateway.requests()).hasSize(2).allSatisfy(request -> {
                assertThat(request.path()).isEqualTo("/v1/models");
                assertThat(request.header("Authorization")).isEqualTo("Bearer sk-from-environment");
                assertThat(request.header("x-gateway-key")).isEqualTo("gateway-secret");
                assertThat(request.header("OpenAI-Organization")).isEqualTo("org-7");
                assertThat(request.header("OpenAI-Project")).isEqualTo("proj-7");
            });
        }
    }

    @Test
    void aBaseUrlIsAServerOfItsOwnWithTheKeyFromTheEnvironment() {
        try (RecordingGateway gateway = RecordingGateway.start()) {
            CommonOptions options = new CommonOptions();
            options.baseUrl = gateway.baseUrl() + "/";

            try (ServerConnections servers = ServerConnections.choose(options, Settings.defaults(), environment())) {
                assertThat(servers.activeProfile()).isEqualTo(gateway.baseUrl().toString());
                assertThat(servers.clientFor(servers.activeProfile()).listModels()).isNotEmpty();
            }

            assertThat(gateway.requests().get(0).path()).isEqualTo("/v1/models");
            assertThat(gateway.requests().get(0).header("Authorization")).isEqualTo("Bearer sk-from-environment");
        }
    }

    @Test
    void theProfilesOwnKeyFromTheCredentialsFileWinsOverOpenAisVariable() {
        try (RecordingGateway gateway = RecordingGateway.start()) {
            Profile profile = new Profile("Gateway", gateway.baseUrl().toString(), null, null, List.of());
            HeadlessCredentialStore store = environment(Map.of("OPENAI_API_KEY", "sk-everyone"));
            store.save(profile.keyringKey(), "sk-gateway-only", "test");
            CommonOptions options = new CommonOptions();
            options.profile = "Gateway";

            try (ServerConnections servers = ServerConnections.choose(options, new Settings("Gateway", List.of(profile), null, 2, 30,
                    60, null), store)) {
                servers.checkReachable();
            }

            assertThat(gateway.requests()).singleElement()
                    .satisfies(request -> assertThat(request.header("Authorization")).isEqualTo("Bearer sk-gateway-only"));
        }
    }

    @Test
    void withoutAKeyAServerProfileIsRefusedWithEveryWayToGiveItOne() {
        Profile profile = new Profile("Render farm", "http://127.0.0.1:9/v1", null, null, List.of());
        CommonOptions options = new CommonOptions();
        options.profile = "Render farm";

        assertThatThrownBy(() -> ServerConnections.choose(options, new Settings("Farm", List.of(profile), null, 2, 30, 60, null),
                environment(Map.of())))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("profile \"Render farm\" has no API key")
                .hasMessageContaining("sorastudio-cli profile key 'Render farm'")
                .hasMessageContaining("set SORA_STUDIO_KEY_RENDER_FARM (or OPENAI_API_KEY for every profile)")
                .hasMessageContaining("sorastudio.profile.Render\\ farm.apiKey=YOUR_KEY")
                .hasMessageContaining(folder.resolve("credentials.properties").toString())
                .extracting(e -> ((CliException) e).exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
    }
}
