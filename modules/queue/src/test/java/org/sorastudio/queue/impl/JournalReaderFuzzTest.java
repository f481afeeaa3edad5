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
package org.sorastudio.queue.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.testing.FuzzBounds;

/**
 * The queue journal reader on any file: opening the queue gives a queue, or a {@link DataFileException} that names the
 * journal (and the job); never another exception, a hang or memory beyond {@link FuzzBounds}. The restored jobs meet a
 * provider with no profiles, so nothing is sent anywhere; each queue is shut down before the next try. Fixed seeds and
 * 400 tries in the suite; ./studio fuzz runs longer.
 */
class JournalReaderFuzzTest {

    private static final Path FOLDER = folder();
    private static final ApiClientProvider NO_PROFILES = new ApiClientProvider() {
        @Override
        public VideoApiClient clientFor(String profileName) {
            throw new IllegalArgumentException("no profile " + profileName + " in this test");
        }

        @Override
        public String activeProfile() {
            return "fuzz";
        }
    };

    @Property(seed = "18")
    void anyBytesGiveAQueueOrTheJournalsOwnError(@ForAll("bytes") byte[] content) throws IOException {
        open(content);
    }

    @Property(seed = "1818")
    void anyJournalShapedTextGivesAQueueOrTheJournalsOwnError(@ForAll("journalJson") String text) throws IOException {
        open(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Inputs that once failed: kept as regression tests. */
    @Example
    void journalsThatOnceFailed() throws IOException {
        for (String text : List.of("{\"paused\":{}}", "{\"paused\":[1,2]}", "{\"pauseReason\":null}", "{\"jobs\":[{\"id\":\"a\"}]}",
                "{\"jobs\":[{\"id\":\"a\",\"state\":\"QUEUED\",\"spec\":{\"prompt\":\"p\",\"profile\":\"x\",\"seconds\":1e99999}}]}",
                "{\"jobs\":[{\"id\":\"a\",\"state\":\"DONE\",\"spec\":{\"prompt\":\"p\",\"profile\":\"x\"}}]}")) {
            open(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void open(byte[] content) throws IOException {
        Path journal = Files.write(FOLDER.resolve("queue.json"), content);
        Files.deleteIfExists(FOLDER.resolve("queue.json.bak"));
        FuzzBounds.within(content.length, () -> {
            RenderQueue queue;
            try {
                queue = RenderQueue.open(journal, new QueueOptions(2, Duration.ofSeconds(30), FOLDER.resolve("clips")), NO_PROFILES);
            } catch (DataFileException expected) {
                return; // the reader's own error: fine
            }
            assertThat(queue.shutdown(Duration.ofSeconds(5))).isTrue();
        });
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<String> journalJson() {
        Arbitrary<String> scalar = Arbitraries.of("null", "true", "1", "-1", "0", "1.5", "1e99", "1e99999", "\"\"", "\"x\"", "{}", "[]",
                "[null]", "\"QUEUED\"", "\"SUBMITTING\"", "\"IN_PROGRESS\"", "\"DOWNLOADING\"", "\"COMPLETED\"", "\"FAILED\"",
                "\"UNCONFIRMED\"", "\"DONE\"", "\"2026-01-01T00:00:00Z\"", "\"yesterday\"", "\"clips\"", "\"video_1\"");
        Arbitrary<String> specKey = Arbitraries.of("shotId", "prompt", "model", "size", "seconds", "referenceImage", "profile",
                "remixOf", "outputName");
        Arbitrary<String> spec = Arbitraries.maps(specKey, scalar).ofMinSize(1).ofMaxSize(9).map(JournalReaderFuzzTest::object);
        Arbitrary<String> transitionKey = Arbitraries.of("at", "state", "reason");
        Arbitrary<String> transitions = Arbitraries.maps(transitionKey, scalar).ofMaxSize(3).map(JournalReaderFuzzTest::object)
                .list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> jobKey = Arbitraries.of("id", "spec", "state", "progress", "videoId", "requestIds", "transitions", "statusText",
                "submittedAt", "createdAt", "outputFolder", "outputBase", "videoFile", "sidecarFile", "lastResponse", "outcomeUnknown");
        Arbitrary<String> jobValue = Arbitraries.oneOf(scalar, scalar, spec, transitions);
        Arbitrary<String> jobs = Arbitraries.maps(jobKey, jobValue).ofMaxSize(16).map(JournalReaderFuzzTest::object)
                .list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> rootKey = Arbitraries.of("format", "paused", "pauseReason", "jobs");
        return Arbitraries.maps(rootKey, Arbitraries.oneOf(scalar, jobs, jobs)).ofMaxSize(4).map(JournalReaderFuzzTest::object)
                .flatMap(json -> Arbitraries.oneOf(Arbitraries.just(json), // whole half the time, else cut anywhere
                        Arbitraries.integers().between(0, json.length()).map(cut -> json.substring(0, cut))));
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString();
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("journal-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
