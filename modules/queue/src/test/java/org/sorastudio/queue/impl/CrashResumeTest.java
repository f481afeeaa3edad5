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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.openai.ContentVariant;

/**
 * Runs a batch in a separate JVM, kills it with SIGKILL at random moments, restarts it, and checks
 * that every job ends completed exactly once on the simulator, with its clip and sidecar intact.
 */
class CrashResumeTest {

    private static final int JOBS = 12;
    private static final int KILLS = 5;
    private static final Logger LOG = Logger.getLogger(CrashResumeTest.class.getName());

    @TempDir
    Path folder;

    @Test
    void killedBatchesResumeAndPayForEveryClipExactlyOnce() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path journal = folder.resolve("crash.sorastudio.queue.json");
        Path clips = folder.resolve("clips");
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().renderMillisPerVideoSecond(300), folder)) {
            for (int kill = 0; kill < KILLS; kill++) {
                Process worker = start(sim, journal, clips);
                Thread.sleep(300 + random.nextInt(2200));
                worker.destroyForcibly();
                assertThat(worker.waitFor(20, TimeUnit.SECONDS)).as("killed worker ended").isTrue();
                LOG.info(() -> "Killed the worker; journal then: " + states(journal));
            }
            Process last = start(sim, journal, clips);
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).as("final run ended (seed %d)", seed).isTrue();
            assertThat(last.exitValue()).as("final run exit (seed %d)", seed).isZero();

            assertThat(sim.server.acceptedCreates()).as("creates (seed %d)", seed).isEqualTo(JOBS);
            JsonObject saved = JsonDataFile.read(journal);
            Set<String> videoIds = new HashSet<>();
            for (JsonElement element : saved.getAsJsonArray("jobs")) {
                JsonObject job = element.getAsJsonObject();
                assertThat(job.get("state").getAsString()).as("job %s (seed %d)", job, seed).isEqualTo("COMPLETED");
                String videoId = job.get("videoId").getAsString();
                assertThat(videoIds.add(videoId)).isTrue();
                Path video = Path.of(job.get("videoFile").getAsString());
                Path reference = folder.resolve(videoId + ".reference.mp4");
                sim.client.downloadContent(videoId, ContentVariant.VIDEO, reference);
                assertThat(Files.mismatch(video, reference)).as("clip %s intact", video).isEqualTo(-1);
                JsonObject sidecar = JsonDataFile.read(Path.of(job.get("sidecarFile").getAsString()));
                assertThat(sidecar.get("videoId").getAsString()).isEqualTo(videoId);
                assertThat(sidecar.getAsJsonObject("response").get("status").getAsString()).isEqualTo("completed");
            }
            assertThat(videoIds).hasSize(JOBS);
            try (Stream<Path> files = Files.list(clips)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertThat(names.stream().filter(n -> n.endsWith(".mp4"))).hasSize(JOBS);
                assertThat(names.stream().filter(n -> n.endsWith(".json"))).hasSize(JOBS);
                assertThat(names).noneMatch(n -> n.endsWith(".part"));
            }
        }
    }

    /** How many jobs the journal has in each state, to see what the kills interrupted. */
    private static Map<String, Long> states(Path journal) {
        if (!Files.exists(journal)) {
            return Map.of();
        }
        try {
            JsonObject saved = JsonDataFile.read(journal);
            Map<String, Long> counts = new TreeMap<>();
            saved.getAsJsonArray("jobs").forEach(job -> counts.merge(job.getAsJsonObject().get("state").getAsString(), 1L, Long::sum));
            return counts;
        } catch (DataFileException e) {
            return Map.of("unreadable", 1L);
        }
    }

    private static Process start(SimulatorFixture sim, Path journal, Path clips) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", classPath, "-Xshare:auto", CrashWorkerMain.class.getName(),
                sim.server.baseUrl().toString(), journal.toString(), clips.toString(), Integer.toString(JOBS), "3")
                .redirectErrorStream(true)
                .redirectOutput(journal.resolveSibling("worker.log").toFile())
                .start();
    }

}
