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

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.core.spi.EmbeddedServer;

class EmbeddedSimulatorTest {

    private final EmbeddedServer simulator = Lookup.getDefault().lookup(EmbeddedServer.class);

    @Test
    void lookupFindsOneSimulatorThatStartsOnceAndRestartsAfterStop() {
        assertThat(simulator).isInstanceOf(EmbeddedSimulator.class);
        try {
            URI first = simulator.ensureRunning();

            assertThat(simulator.ensureRunning()).isEqualTo(first);
            assertThat(new TestClient(first, "any-key").get("/models").status()).isEqualTo(200);
            simulator.stop();
            URI second = simulator.ensureRunning();
            assertThat(new TestClient(second, "any-key").get("/models").status()).isEqualTo(200);
        } finally {
            simulator.stop();
        }
    }

    @Test
    void aRestartKeepsTheJobsInTheUserDirectoryAndTheBaseUrl(@TempDir Path userDirectory) {
        String previous = System.setProperty(StudioDirectories.USERDIR_PROPERTY, userDirectory.toString());
        try {
            URI first = simulator.ensureRunning();
            String id = new TestClient(first, "any-key").create("Queued before quitting", "720x1280", "4")
                    .get("id").getAsString();
            simulator.stop();

            URI second = simulator.ensureRunning();
            assertThat(second).isEqualTo(first);
            assertThat(new TestClient(second, "any-key").get("/videos/" + id).status()).isEqualTo(200);
            assertThat(userDirectory.resolve("simulator").resolve("jobs.jsonl")).isRegularFile();
        } finally {
            simulator.stop();
            restore(StudioDirectories.USERDIR_PROPERTY, previous);
        }
    }

    @Test
    void simStateDirectoryOverridesTheUserDirectory(@TempDir Path folder) {
        String previous = System.setProperty("sim.stateDirectory", folder.toString());
        try {
            new TestClient(simulator.ensureRunning(), "any-key").create("Elsewhere", "720x1280", "4");
            assertThat(folder.resolve("jobs.jsonl")).isRegularFile();
        } finally {
            simulator.stop();
            restore("sim.stateDirectory", previous);
        }
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }
}
