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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorConfigTest {

    @Test
    void everySettingIsReadFromProperties() {
        Properties properties = new Properties();
        properties.setProperty("sim.port", "18080");
        properties.setProperty("sim.seed", "42");
        properties.setProperty("sim.renderMillisPerVideoSecond", "25");
        properties.setProperty("sim.failureRate", "0.25");
        properties.setProperty("sim.moderationWords", " Gore, explosion ,,");
        properties.setProperty("sim.serverErrorBurst", "3");
        properties.setProperty("sim.slowResponseMillis", "150");
        properties.setProperty("sim.resetDownloadAfterBytes", "65536");
        properties.setProperty("sim.stickAt99", "TRUE");
        properties.setProperty("sim.validKeys", "sk-a,sk-b");
        properties.setProperty("sim.requestsPerMinute", "30");
        properties.setProperty("sim.maxConcurrentJobs", "2");
        properties.setProperty("sim.createQuota", "10");
        properties.setProperty("sim.stateDirectory", "/var/tmp/sim-state");
        properties.setProperty("sim.videosSunset", "2026-09-24");
        properties.setProperty("sim.createServerError", "502");
        properties.setProperty("sim.listVideos", "false");
        properties.setProperty("sim.modelSunsets", "sora-2@2027-03-01, sora-2-pro@2027-06-30");
        properties.setProperty("unrelated.key", "ignored");

        SimulatorConfig config = SimulatorConfig.fromProperties(properties);

        assertThat(config).isEqualTo(new SimulatorConfig(18080, 42, 25, 0.25, Set.of("gore", "explosion"), 3, 150,
                65536, true, Set.of("sk-a", "sk-b"), 30, 2, 10, Path.of("/var/tmp/sim-state"), java.time.LocalDate.of(2026, 9, 24),
                502, false, java.util.Map.of("sora-2", java.time.LocalDate.of(2027, 3, 1),
                        "sora-2-pro", java.time.LocalDate.of(2027, 6, 30))));
    }

    @Test
    void missingPropertiesKeepTheDefaults() {
        SimulatorConfig config = SimulatorConfig.fromProperties(new Properties());

        assertThat(config.port()).isZero();
        assertThat(config.failureRate()).isZero();
        assertThat(config.resetDownloadAfterBytes()).isEqualTo(-1);
        assertThat(config.validKeys()).isEmpty();
        assertThat(config.stickAt99()).isFalse();
        assertThat(config.createQuota()).isEqualTo(-1);
        assertThat(config.stateDirectory()).as("jobs in memory").isNull();
    }

    @Test
    void badValuesAreReportedWithTheirKey() {
        assertThatThrownBy(() -> SimulatorConfig.fromProperties(properties("sim.failureRate", "often")))
                .hasMessage("sim.failureRate: expected a number, got 'often'");
        assertThatThrownBy(() -> SimulatorConfig.fromProperties(properties("sim.failureRate", "1.5")))
                .hasMessage("sim.failureRate: expected a number between 0 and 1, got 1.5");
        assertThatThrownBy(() -> SimulatorConfig.fromProperties(properties("sim.stickAt99", "yes")))
                .hasMessage("sim.stickAt99: expected true or false, got 'yes'");
        assertThatThrownBy(() -> SimulatorConfig.fromProperties(properties("sim.port", "99999")))
                .hasMessage("sim.port: expected a TCP port 0..65535, got 99999");
        assertThatThrownBy(() -> SimulatorConfig.fromProperties(properties("sim.modelSunsets", "sora-2")))
                .hasMessage("sim.modelSunsets: expected model@date items like sora-2@2027-03-01, got 'sora-2'");
        assertThatThrownBy(() -> SimulatorConfig.fromProperties(properties("sim.faliureRate", "0.1")))
                .hasMessageStartingWith("sim.faliureRate: unknown setting; known are sim.port, seed,");
    }

    @Test
    void fileValuesAreOverriddenBySystemProperties(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sim.properties");
        Files.writeString(file, "# a test run\nsim.requestsPerMinute=12\nsim.failureRate=0.5\n");
        System.setProperty("sim.failureRate", "0.1");
        try {
            SimulatorConfig config = SimulatorConfig.fromFile(file);

            assertThat(config.requestsPerMinute()).isEqualTo(12);
            assertThat(config.failureRate()).isEqualTo(0.1);
        } finally {
            System.clearProperty("sim.failureRate");
        }
    }

    @Test
    void aRelativeStateDirectoryInAFileIsResolvedAgainstTheFilesFolder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sim.properties");
        Files.writeString(file, "sim.stateDirectory=state\n");

        assertThat(SimulatorConfig.fromFile(file).stateDirectory()).isEqualTo(dir.resolve("state").toAbsolutePath());
    }

    @Test
    void anEmptyStateDirectoryMeansInMemory() {
        assertThat(SimulatorConfig.fromProperties(properties("sim.stateDirectory", " ")).stateDirectory()).isNull();
    }

    @Test
    void badFileValueNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.properties");
        Files.writeString(file, "sim.requestsPerMinute=0\n");

        assertThatThrownBy(() -> SimulatorConfig.fromFile(file))
                .hasMessage(file + ": sim.requestsPerMinute: expected 1 or more, got 0");
    }

    @Test
    void serverStartedFromPropertiesAppliesThem() {
        Properties properties = properties("sim.validKeys", "sk-only");
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.fromProperties(properties))) {
            assertThat(new TestClient(server.baseUrl(), "sk-only").get("/models").status()).isEqualTo(200);
            assertThat(new TestClient(server.baseUrl(), "sk-other").get("/models").status()).isEqualTo(401);
        }
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
