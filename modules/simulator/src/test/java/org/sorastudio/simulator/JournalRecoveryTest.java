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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a simulator killed in the middle of recording a job leaves behind, and how the next one copes. */
class JournalRecoveryTest {

    private static final String HALF_A_RECORD = "half";
    private static final String ZEROS = "zeros";
    private static final String ZEROS_AND_NEWLINE = "zeros and a newline";

    @TempDir
    Path stateDirectory;

    @ParameterizedTest
    @ValueSource(strings = {HALF_A_RECORD, ZEROS, ZEROS_AND_NEWLINE})
    void anUnfinishedLastRecordIsDroppedAndEverythingAcknowledgedIsServed(String tail) throws IOException {
        List<String> acknowledged = createJobs(3);
        Path journal = stateDirectory.resolve("jobs.jsonl");
        String intact = Files.readString(journal);
        String lastLine = intact.substring(intact.lastIndexOf('\n', intact.length() - 2) + 1);
        String torn = switch (tail) {
            case HALF_A_RECORD -> lastLine.substring(0, lastLine.length() / 2); // kill -9 mid-write
            case ZEROS -> "\0".repeat(96); // a power loss after the length was updated but not the data
            default -> "\0".repeat(95) + "\n";
        };
        Files.writeString(journal, torn, StandardOpenOption.APPEND);

        try (LogCapture log = new LogCapture(); SimulatorServer server = start()) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            assertThat(PersistentStateTest.ids(client.get("/videos?order=asc").json())).isEqualTo(acknowledged);
            assertThat(server.acceptedCreates()).isEqualTo(3);
            assertThat(log.messagesAtOrAbove(Level.WARNING)).as("nothing scary").isEmpty();
            assertThat(log.messagesAtOrAbove(Level.INFO)).anySatisfy(message ->
                    assertThat(message).contains("dropped an unfinished last record"));
            assertThat(Files.readString(journal)).as("the torn tail is cut off").isEqualTo(intact);

            acknowledged.add(client.create("After the crash", "720x1280", "4").get("id").getAsString());
        }
        try (SimulatorServer server = start()) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            assertThat(PersistentStateTest.ids(client.get("/videos?order=asc").json())).isEqualTo(acknowledged);
            assertThat(server.acceptedCreates()).isEqualTo(4);
        }
    }

    @Test
    void aDamagedLineBetweenGoodOnesIsSkippedWithAWarningNamingIt() throws IOException {
        List<String> created = createJobs(3);
        Path journal = stateDirectory.resolve("jobs.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        lines.set(1, "{\"type\":\"accepted\",\"id\":\"video_damaged\"}");
        Files.write(journal, lines, StandardCharsets.UTF_8);

        try (LogCapture log = new LogCapture(); SimulatorServer server = start()) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            assertThat(PersistentStateTest.ids(client.get("/videos?order=asc").json()))
                    .containsExactly(created.get(0), created.get(2));
            assertThat(log.messagesAtOrAbove(Level.WARNING)).singleElement().satisfies(message -> assertThat(message)
                    .contains(journal.toString()).contains("line 2").contains("'sequence' is missing"));
        }
    }

    private List<String> createJobs(int count) {
        List<String> ids = new ArrayList<>();
        try (SimulatorServer server = start()) {
            TestClient client = new TestClient(server.baseUrl(), "sk-test");
            for (int i = 0; i < count; i++) {
                ids.add(client.create("Before the crash " + i, "720x1280", "4").get("id").getAsString());
            }
        }
        return ids;
    }

    private SimulatorServer start() {
        return SimulatorServer.start(SimulatorConfig.builder().renderMillisPerVideoSecond(10)
                .stateDirectory(stateDirectory).build());
    }
}
