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
package org.sorastudio.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With every logger at its most verbose, no key or secret header value reaches a log record or a message. */
class RedactedLoggingTest {

    private static final String API_KEY = "test-secret-key-SECRET-42";
    private static final String GATEWAY_KEY = "gw-litellm-SECRET-9876";
    private static final String AZURE_KEY = "azure-SECRET-5555";

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord logRecord) {
            logged.add(formatter.format(logRecord));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level rootLevel;
    private ScriptedServer server;

    @BeforeEach
    void captureEverything() throws IOException {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        server = new ScriptedServer();
    }

    @AfterEach
    void restore() {
        root.removeHandler(capture);
        root.setLevel(rootLevel);
        server.close();
    }

    @Test
    void keysNeverReachTheLog(@TempDir Path folder) {
        server.then(
                ScriptedServer.json(200, VideoFixtures.video("video_1", "queued", 0)),
                // Servers echo keys: OpenAI quotes part of a wrong key, proxies echo headers.
                ScriptedServer.json(401, VideoFixtures.error("invalid_request_error", "invalid_api_key",
                        "Incorrect API key provided: " + API_KEY + " (gateway key " + GATEWAY_KEY + ")", null),
                        "x-echo-api-key", API_KEY, "Set-Cookie", "session=" + AZURE_KEY),
                ScriptedServer.json(503, "{}"),
                ScriptedServer.bytes(200, "video/mp4", new byte[] {0, 0, 0, 24}));
        try (VideoApiClient client = VideoApiClient.builder(server.baseUrl(), API_KEY)
                .header("X-Litellm-Gateway", GATEWAY_KEY).header("api-key", AZURE_KEY)
                .retryPolicy(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1)))
                .build()) {

            client.create(CreateVideoRequest.of("A paper boat", "sora-2", 4, "1280x720"));
            AuthenticationException failure = catchThrowableOfType(AuthenticationException.class, () -> client.retrieve("video_1"));
            client.downloadContent("video_1", ContentVariant.VIDEO, folder.resolve("clip.mp4"));

            assertThat(failure.getMessage()).doesNotContain(API_KEY).doesNotContain(GATEWAY_KEY).contains("[redacted]");
            assertThat(client.settings().toString()).doesNotContain(API_KEY).doesNotContain(GATEWAY_KEY).doesNotContain(AZURE_KEY);
        }

        // The keys did go over the wire...
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(server.requests().get(0).header("X-Litellm-Gateway")).isEqualTo(GATEWAY_KEY);
        // ...and every exchange was logged, redacted.
        String log = String.join("\n", logged);
        assertThat(log).contains("--> POST").contains("<-- 200").contains("<-- 401").contains("retry 1 of GET")
                .contains("Authorization: [redacted]").contains("X-Litellm-Gateway: [redacted]").contains("api-key: [redacted]")
                .contains("A paper boat");
        assertThat(log).doesNotContain(API_KEY).doesNotContain(GATEWAY_KEY).doesNotContain(AZURE_KEY)
                .doesNotContain("SECRET");
    }
}
