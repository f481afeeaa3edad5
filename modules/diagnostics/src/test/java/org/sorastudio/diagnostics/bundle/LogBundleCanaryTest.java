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
package org.sorastudio.diagnostics.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.diagnostics.capture.LogCapture;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/**
 * A canary key in every profile (one shaped like an OpenAI key, one a gateway's header value that
 * looks like nothing in particular), a batch of requests that succeed and fail against the
 * simulator over HTTP with the API exchanges logged in full detail, a server-side echo of a key in
 * a warning: the log bundle holds the logs, and neither canary.
 */
class LogBundleCanaryTest {

    private static final String OPENAI_CANARY = "sk-canary-" + UUID.randomUUID().toString().replace("-", "");
    private static final String GATEWAY_CANARY = "gw" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    Path folder;
    private final LogCapture capture = new LogCapture(LogCapture.DEFAULT_CAPACITY);
    private final Logger http = Logger.getLogger("org.sorastudio.openai.http");
    private final Logger studio = Logger.getLogger("org.sorastudio");
    private FileHandler messagesLog;
    private Level httpLevel;

    @BeforeEach
    void logLikeTheStudio() throws IOException {
        Files.createDirectories(folder.resolve("var/log"));
        // messages.log as the platform writes it: everything the studio's loggers publish
        messagesLog = new FileHandler(folder.resolve("var/log/messages.log").toString());
        messagesLog.setFormatter(new SimpleFormatter());
        httpLevel = http.getLevel();
        http.setLevel(Level.FINE);
        for (Logger logger : List.of(http, studio)) {
            logger.addHandler(capture);
            logger.addHandler(messagesLog);
        }
    }

    @AfterEach
    void stopLogging() {
        for (Logger logger : List.of(http, studio)) {
            logger.removeHandler(capture);
            logger.removeHandler(messagesLog);
        }
        http.setLevel(httpLevel);
        messagesLog.close();
    }

    @Test
    void theBundleHoldsTheLogsAndNoKey() throws Exception {
        SimulatorConfig config = SimulatorConfig.builder().seed(3).renderMillisPerVideoSecond(10).validKeys(Set.of(OPENAI_CANARY)).build();
        try (SimulatorServer server = SimulatorServer.start(config);
             VideoApiClient good = VideoApiClient.builder(server.baseUrl(), OPENAI_CANARY).header("X-Gateway-Key", GATEWAY_CANARY).build();
             VideoApiClient refused = VideoApiClient.builder(server.baseUrl(), GATEWAY_CANARY).build()) {
            good.listModels();
            good.create(CreateVideoRequest.of("A lighthouse in fog", "sora-2", 4, "1280x720"));
            assertThat(catchThrowable(() -> good.retrieve("video_that_is_not_there"))).isNotNull();
            assertThat(catchThrowable(() -> good.create(CreateVideoRequest.of("Too long", "sora-2", 7, "1280x720")))).isNotNull();
            assertThat(catchThrowable(refused::listModels)).isNotNull();
        }
        studio.warning("The gateway answered: key " + GATEWAY_CANARY + " is not valid for this project");
        messagesLog.flush();
        Path settings = Files.writeString(folder.resolve("config.json"), "{\"activeProfile\":\"Work\",\"profiles\":[{\"name\":\"Work\"}]}");
        // a queue journal as the queue writes it, with a user who pasted a key into a prompt
        Path journal = Files.writeString(folder.resolve("film.sorastudio.queue.json"), "{\"paused\":false,\"jobs\":[{\"id\":\"j1\","
                + "\"spec\":{\"prompt\":\"A lighthouse, key " + OPENAI_CANARY + "\",\"profile\":\"Work\"},\"state\":\"FAILED\","
                + "\"statusText\":\"blocked by moderation\",\"requestIds\":[\"req_1\"]}]}");

        Path zip = folder.resolve("bundle.zip");
        new LogBundle(List.of(OPENAI_CANARY, GATEWAY_CANARY)).write(zip,
                StudioBundle.parts(folder.resolve("var/log"), capture.after(0), settings, journal, StudioFacts.describe(folder)));

        Map<String, String> entries = unzip(zip);
        assertThat(entries).containsKeys("logs/messages.log", "logs/logs-window.txt", "settings/config.json",
                "queue/film.sorastudio.queue.json", "system.txt");
        assertThat(entries.get("queue/film.sorastudio.queue.json")).contains("A lighthouse, key [redacted]", "req_1");
        assertThat(entries.get("logs/logs-window.txt"))
                .contains("--> POST", "<-- 404", "[redacted]", "The gateway answered: key [redacted]");
        assertThat(entries.get("logs/messages.log")).contains("--> GET", "[redacted]");
        assertThat(entries.get("system.txt")).contains("Java: ", "Free space for clips: ");
        entries.forEach((name, text) -> assertThat(text).as(name).doesNotContain(OPENAI_CANARY).doesNotContain(GATEWAY_CANARY));
    }

    @Test
    void anOldKeyStillInALogIsRemovedByItsShape() {
        LogBundle bundle = new LogBundle(List.of());

        // made at run time: no key-shaped text in the repository, not even a made-up one
        String oldKey = "sk-" + "proj-" + "x".repeat(20);
        String olderKey = "sk-" + "0".repeat(16);
        assertThat(bundle.redact("Authorization: Bearer " + oldKey + " was refused; also " + olderKey))
                .isEqualTo("Authorization: [redacted] was refused; also [redacted]");
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
