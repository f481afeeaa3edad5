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
package org.sorastudio.profiles.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.capabilities.api.CapabilityTable;

import org.sorastudio.core.model.Profile;
import org.sorastudio.core.spi.ModelSpec;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.profiles.api.ApiConnections;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** The catalog against a real simulator: asks once, caches per profile, refreshes after a day. */
class ProfileModelCatalogTest {

    @TempDir
    Path folder;

    private SimulatorServer server;
    private ApiConnections connections;

    @BeforeEach
    void start() {
        server = SimulatorServer.start(SimulatorConfig.builder().port(0).build());
        connections = new SimulatorConnections(VideoApiClient.builder(server.baseUrl(), "sk-test").build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ProfileModelCatalog catalog(Clock clock) {
        return new ProfileModelCatalog(connections, CapabilityTable.load(folder.resolve("none.json")), folder.resolve("cache"), clock);
    }

    private static void awaitAnswer(ProfileModelCatalog catalog) throws InterruptedException {
        CountDownLatch answered = new CountDownLatch(1);
        catalog.addListener(answered::countDown);
        catalog.models();
        assertThat(answered.await(30, TimeUnit.SECONDS)).as("the server answered").isTrue();
    }

    @Test
    void offersTheServersVideoModelsWithWhatEachAccepts() throws Exception {
        ProfileModelCatalog catalog = catalog(Clock.systemUTC());
        awaitAnswer(catalog);

        assertThat(catalog.models()).extracting(ModelSpec::id).contains("sora-2", "sora-2-pro", "sora-2-2025-10-06")
                .doesNotContain("veo-3.0-generate-001");
        assertThat(catalog.find("sora-2-pro")).get().extracting(ModelSpec::sizes, InstanceOfAssertFactories.LIST).contains("1792x1024");
    }

    @Test
    void aFreshCacheIsUsedWithoutAskingTheServerAgain() throws Exception {
        awaitAnswer(catalog(Clock.systemUTC()));
        long requests = server.requestCount();

        ProfileModelCatalog next = catalog(Clock.systemUTC());
        assertThat(next.models()).extracting(ModelSpec::id).contains("sora-2-2025-10-06");
        Thread.sleep(300);
        assertThat(server.requestCount()).isEqualTo(requests);
    }

    @Test
    void aDayOldCacheIsRefreshed() throws Exception {
        awaitAnswer(catalog(Clock.systemUTC()));
        long requests = server.requestCount();

        Clock tomorrow = Clock.fixed(Instant.now().plus(Duration.ofHours(25)), ZoneOffset.UTC);
        ProfileModelCatalog later = catalog(tomorrow);
        awaitAnswer(later);

        assertThat(server.requestCount()).isGreaterThan(requests);
        assertThat(later.serverModels(connections.activeProfile())).get()
                .satisfies(models -> assertThat(models.fetchedAt()).isEqualTo(tomorrow.instant()));
    }

    @Test
    void withoutAnAnswerTheTableIsOffered() {
        server.close();
        assertThat(catalog(Clock.systemUTC()).models()).extracting(ModelSpec::id).contains("sora-2", "veo-3.1-generate-preview");
    }

    @Test
    void gatewayPrefixesAndUserEntriesAreUnderstood() throws Exception {
        Path user = Files.writeString(folder.resolve(CapabilityTable.FILE_NAME),
                "{\"models\": [{\"id\": \"studio-model\", \"sizes\": [\"640x480\"], \"seconds\": [3], \"usdPerSecond\": 0.01},"
                + " {\"id\": \"sora-2\", \"sizes\": [\"1280x720\"], \"seconds\": [4]}]}");
        CapabilityTable table = CapabilityTable.load(user);

        assertThat(table.find("gemini/veo-3.0-generate-001")).get()
                .extracting(ModelSpec::seconds, InstanceOfAssertFactories.LIST).containsExactly(8);
        assertThat(table.find("studio-model")).get()
                .extracting(ModelSpec::sizes, InstanceOfAssertFactories.LIST).containsExactly("640x480");
        assertThat(table.find("sora-2")).get().extracting(ModelSpec::sizes, InstanceOfAssertFactories.LIST).containsExactly("1280x720");
        assertThat(table.userFileProblem()).isEmpty();
    }

    @Test
    void aBrokenUserFileIsReportedAndTheBundledTableStillServes() throws Exception {
        Path user = Files.writeString(folder.resolve(CapabilityTable.FILE_NAME), "{\"models\": [{\"id\": \"x\"}]}");
        CapabilityTable table = CapabilityTable.load(user);
        assertThat(table.userFileProblem()).get().asString().contains("needs \"id\", \"sizes\" and \"seconds\"");
        assertThat(table.find("sora-2")).isPresent();
    }

    /** One fixed client for the offline profile, as the studio's connections give for the simulator. */
    private static final class SimulatorConnections implements ApiConnections {
        private final VideoApiClient client;

        SimulatorConnections(VideoApiClient client) {
            this.client = client;
        }

        @Override
        public List<Profile> profiles() {
            return List.of(Profile.offlineSimulator());
        }

        @Override
        public Profile activeProfile() {
            return Profile.offlineSimulator();
        }

        @Override
        public Profile profile(String name) {
            return Profile.offlineSimulator();
        }

        @Override
        public VideoApiClient clientFor(Profile profile) {
            return client;
        }

        @Override
        public void reconnect(Profile profile) {
        }

        @Override
        public void addDeprecationListener(org.sorastudio.openai.DeprecationListener listener) {
            client.addDeprecationListener(listener);
        }
    }
}
