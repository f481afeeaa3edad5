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

import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link SimulatorMain} as its own process, the way {@code ./studio simulator} does. */
class SimulatorMainTest {

    @Test
    void printsTheBaseUrlFirstAndServesTheConfiguredApi(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("sim.properties");
        Files.writeString(config, "sim.validKeys=sk-from-file\n");
        Process process = start("--port", "0", "--config", config.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String firstLine = out.readLine();

            assertThat(firstLine).matches("http://127\\.0\\.0\\.1:\\d+/v1");
            TestClient client = new TestClient(URI.create(firstLine), "sk-from-file");
            assertThat(client.get("/models").status()).isEqualTo(200);
            assertThat(client.withKey("sk-other").get("/models").status()).isEqualTo(401);
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    @Test
    void jobsSurviveAKilledProcess(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("sim.properties");
        Files.writeString(config, "sim.stateDirectory=state\nsim.renderMillisPerVideoSecond=50\n");
        List<String> created = new ArrayList<>();
        URI firstUrl;
        Process first = start("--config", config.toString());
        try {
            firstUrl = URI.create(firstLine(first));
            TestClient client = new TestClient(firstUrl, "sk-test");
            for (int i = 0; i < 5; i++) {
                created.add(client.create("Shot " + i, "720x1280", "4").get("id").getAsString());
            }
        } finally {
            first.destroyForcibly();
            assertThat(first.waitFor(20, TimeUnit.SECONDS)).as("killed").isTrue();
        }

        Process second = start("--config", config.toString());
        try {
            URI secondUrl = URI.create(firstLine(second));
            assertThat(secondUrl).as("the port of the last run").isEqualTo(firstUrl);
            TestClient client = new TestClient(secondUrl, "sk-test");
            assertThat(PersistentStateTest.ids(client.get("/videos?order=asc").json())).isEqualTo(created);
            for (String id : created) {
                List<JsonObject> states = client.pollUntilTerminal(id);
                assertThat(states.get(states.size() - 1).get("status").getAsString()).isEqualTo("completed");
            }
            assertThat(client.download("/videos/" + created.get(0) + "/content").statusCode()).isEqualTo(200);
        } finally {
            second.destroy();
            assertThat(second.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(dir.resolve("state").resolve("jobs.jsonl")).as("relative to the config file").isRegularFile();
    }

    @Test
    void badArgumentsExitWithUsage() throws Exception {
        Process process = start("--port", "eighty");

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(errors).contains("--port: expected a TCP port 0..65535, got 'eighty'").contains("usage:");
    }

    @Test
    void missingConfigFileIsNamed(@TempDir Path dir) throws Exception {
        Process process = start("--config", dir.resolve("nope.properties").toString());

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("cannot read the config file").contains("nope.properties");
        assertThat(process.exitValue()).isEqualTo(2);
    }

    @Test
    void portInUseIsReportedWithoutAStackTrace() throws Exception {
        try (SimulatorServer taken = SimulatorServer.start(SimulatorConfig.builder().build())) {
            Process process = start("--port", Integer.toString(taken.baseUrl().getPort()));

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(errors).contains("Cannot listen on 127.0.0.1:" + taken.baseUrl().getPort())
                    .doesNotContain("\tat ");
        }
    }

    /** The base URL the process prints first; the stream stays open (closing it would not stop the process). */
    private static String firstLine(Process process) throws IOException {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SimulatorMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
