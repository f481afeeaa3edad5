package org.sorastudio.simulator;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SimulatorMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }
}
