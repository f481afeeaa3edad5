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
package org.sorastudio.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.ProfileTuning;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.openai.AuthenticationException;
import org.sorastudio.openai.ModelInfo;
import org.sorastudio.openai.RetryPolicy;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.profiles.api.CredentialStore;
import org.sorastudio.profiles.api.ProfileNotReadyException;
import org.sorastudio.profiles.impl.DefaultApiConnections;
import org.sorastudio.profiles.impl.ProfileClientProvider;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;
import org.sorastudio.testing.RecordingGateway;

/** Profiles resolved to real clients talking to simulators over loopback. */
class DefaultApiConnectionsTest {

    @TempDir
    Path folder;

    private SimulatorServer gateway;
    private final MemoryCredentials credentials = new MemoryCredentials();
    private SettingsStore settings;
    private DefaultApiConnections connections;

    @BeforeEach
    void start() {
        gateway = SimulatorServer.start(SimulatorConfig.builder().port(0).validKeys(Set.of("sk-gateway-key")).build());
        settings = new SettingsStore(folder.resolve("config.json"));
        connections = new DefaultApiConnections(settings, credentials);
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private Profile gatewayProfile() {
        return new Profile("Gateway", gateway.baseUrl().toString(), null, null, List.of("x-gateway-key"));
    }

    @Test
    void withoutAnyConfigurationTheOfflineSimulatorIsActiveAndAnswers() throws Exception {
        assertThat(connections.activeProfile().isSimulator()).isTrue();
        VideoApiClient client = connections.clientFor(connections.activeProfile());
        assertThat(client.listModels()).extracting(ModelInfo::id).contains("sora-2", "sora-2-pro");
        assertThat(connections.clientFor(connections.activeProfile())).as("one client per profile").isSameAs(client);
    }

    @Test
    void aProfileUsesTheKeyFromTheCredentialStore() throws Exception {
        settings.update(new Settings("Gateway", List.of(gatewayProfile()), null, 2, 30, 60, null));
        credentials.save(gatewayProfile().keyringKey(), "sk-gateway-key", "test");

        assertThat(connections.activeProfile().name()).isEqualTo("Gateway");
        assertThat(connections.clientFor(connections.activeProfile()).listModels()).isNotEmpty();
    }

    @Test
    void aGatewayGetsItsBaseUrlsPathTheKeyAndTheExtraHeadersFromTheCredentialStore() throws Exception {
        try (RecordingGateway recording = RecordingGateway.start()) {
            Profile profile = new Profile("Recorded", recording.baseUrl() + "/", "org-1", null, List.of("x-gateway-key"));
            credentials.save(profile.keyringKey(), "sk-recorded", "test");
            credentials.save(CredentialStore.headerKey(profile, "x-gateway-key"), "gateway-secret", "test");

            assertThat(connections.clientFor(profile).listModels()).extracting(ModelInfo::id).containsExactly("sora-2");

            RecordingGateway.Request request = recording.requests().get(0);
            assertThat(request.path()).isEqualTo("/v1/models");
            assertThat(request.header("Authorization")).isEqualTo("Bearer sk-recorded");
            assertThat(request.header("x-gateway-key")).isEqualTo("gateway-secret");
            assertThat(request.header("OpenAI-Organization")).isEqualTo("org-1");
        }
    }

    @Test
    void aProfilesTuningBecomesItsClientsRetries() throws Exception {
        Profile tuned = gatewayProfile().withTuning(new ProfileTuning(1, 3, 250, 4000, 40));
        settings.update(new Settings("Gateway", List.of(tuned), null, 2, 30, 60, null));
        credentials.save(tuned.keyringKey(), "sk-gateway-key", "test");

        RetryPolicy retries = connections.clientFor(connections.activeProfile()).settings().retryPolicy();

        assertThat(retries.maxRetries()).isEqualTo(3);
        assertThat(retries.baseDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(retries.maxDelay()).isEqualTo(Duration.ofMillis(4000));
        assertThat(retries.jitter()).isEqualTo(0.4);
        assertThat(connections.clientFor(Profile.offlineSimulator()).settings().retryPolicy()).isEqualTo(RetryPolicy.DEFAULT);
    }

    @Test
    void aChangedKeyIsUsedAfterReconnect() throws Exception {
        Profile profile = gatewayProfile();
        credentials.save(profile.keyringKey(), "sk-wrong", "test");
        VideoApiClient wrong = connections.clientFor(profile);
        assertThatThrownBy(wrong::listModels).isInstanceOf(AuthenticationException.class);

        credentials.save(profile.keyringKey(), "sk-gateway-key", "test");
        connections.reconnect(profile);
        assertThat(connections.clientFor(profile).listModels()).isNotEmpty();
    }

    @Test
    void aProfileWithoutAKeySaysWhereToAddOne() {
        assertThatThrownBy(() -> connections.clientFor(gatewayProfile()))
                .isInstanceOf(ProfileNotReadyException.class)
                .hasMessageContaining("\"Gateway\" has no API key").hasMessageContaining("Tools > Options");
    }

    @Test
    void anInvalidBaseUrlIsNamed() {
        Profile broken = new Profile("Typo", "htp:/gateway", null, null, List.of());
        credentials.save(broken.keyringKey(), "sk-x", "test");
        assertThatThrownBy(() -> connections.clientFor(broken))
                .isInstanceOf(ProfileNotReadyException.class).hasMessageContaining("invalid base URL \"htp:/gateway\"");
    }

    @Test
    void theQueueGetsProfileClientsAndClearMessagesForUnusableProfiles() {
        ProfileClientProvider provider = new ProfileClientProvider(connections);
        assertThat(provider.activeProfile()).isEqualTo(Profile.OFFLINE_SIMULATOR);
        assertThat(provider.clientFor(Profile.OFFLINE_SIMULATOR).listModels()).isNotEmpty();
        assertThatThrownBy(() -> provider.clientFor("Deleted gateway"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no profile named \"Deleted gateway\"");
    }

    @Test
    void unknownProfileNamesFallBackToTheActiveOne() {
        assertThat(connections.profile("No such profile").isSimulator()).isTrue();
    }

    private static final class MemoryCredentials implements CredentialStore {
        private final Map<String, String> secrets = new HashMap<>();

        @Override
        public Optional<String> read(String key) {
            return Optional.ofNullable(secrets.get(key));
        }

        @Override
        public void save(String key, String secret, String description) {
            secrets.put(key, secret);
        }

        @Override
        public void delete(String key) {
            secrets.remove(key);
        }
    }
}
