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
package org.sorastudio.postprocess.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.sorastudio.postprocess.ClipValues;
import org.sorastudio.testing.FuzzBounds;

/**
 * The post-processing record of a sidecar read back on any file (a sidecar is a file anyone can edit): a restored
 * outcome or none, never an exception, a hang or memory beyond {@link FuzzBounds}. Fixed seeds and 400 tries in the
 * suite; ./studio fuzz runs longer.
 */
class SidecarRecordFuzzTest {

    private static final Path FOLDER = folder();

    @Property(seed = "14")
    void anyBytesGiveAnOutcomeOrNone(@ForAll("bytes") byte[] content) throws IOException {
        read(content);
    }

    @Property(seed = "1414")
    void anyRecordShapedTextGivesAnOutcomeOrNone(@ForAll("sidecarJson") String text) throws IOException {
        read(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Inputs that once failed: kept as regression tests. */
    @Example
    void sidecarsThatOnceFailed() throws IOException {
        for (String text : List.of("{\"postProcessing\":{\"status\":\"FAILED\",\"steps\":[{\"exitCode\":1e99999}]}}",
                "{\"postProcessing\":{\"status\":\"FAILED\",\"steps\":[{\"elapsedMs\":1e30}]}}")) {
            read(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void read(byte[] content) throws IOException {
        Path sidecar = Files.write(FOLDER.resolve("clip.json"), content);
        Path clip = FOLDER.resolve("clip.mp4");
        ClipValues values = new ClipValues("job", clip, Map.of("clip", clip.toString(), "sidecar", sidecar.toString()));
        FuzzBounds.within(content.length, () -> SidecarRecord.read(values));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<String> sidecarJson() {
        Arbitrary<String> scalar = Arbitraries.of("null", "true", "1", "-1", "0", "1.5", "1e99", "1e99999", "\"\"", "\"x\"", "{}", "[]",
                "[null]", "[\"ffmpeg\",1,{}]", "\"SUCCEEDED\"", "\"FAILED\"", "\"TIMED_OUT\"", "\"NOT_STARTED\"", "\"RUNNING\"",
                "\"QUEUED\"", "\"Make GIF\"");
        Arbitrary<String> stepKey = Arbitraries.of("step", "command", "outcome", "exitCode", "elapsedMs", "message",
                "outputBytes", "output");
        Arbitrary<String> steps = Arbitraries.maps(stepKey, scalar).ofMaxSize(8).map(SidecarRecordFuzzTest::object)
                .list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]");
        Arbitrary<String> recordKey = Arbitraries.of("status", "reason", "finishedAt", "steps");
        Arbitrary<String> record = Arbitraries.maps(recordKey, Arbitraries.oneOf(scalar, steps, steps)).ofMaxSize(4)
                .map(SidecarRecordFuzzTest::object);
        Arbitrary<String> rootKey = Arbitraries.of("format", "videoId", "request", "postProcessing");
        return Arbitraries.maps(rootKey, Arbitraries.oneOf(scalar, record, record)).ofMaxSize(4).map(SidecarRecordFuzzTest::object)
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
            return Files.createTempDirectory("sidecar-fuzz");
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
