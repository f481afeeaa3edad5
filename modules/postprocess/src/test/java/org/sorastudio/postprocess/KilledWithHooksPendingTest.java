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
package org.sorastudio.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.postprocess.ClipOutcome.Status;
import org.sorastudio.queue.api.Job;
import org.sorastudio.testing.fixtures.SimulatorQueue;

/**
 * A studio killed with SIGKILL while clips wait for their hooks: a child JVM ({@link HooksWorkerMain}) downloads three
 * clips and is killed while the first clip's second step runs (its output half written, its process left behind as an
 * orphan) and the other two wait in the hook pool. The next session (this JVM, the same journal, a new processor)
 * finds every clip recorded as unfinished, ends the orphan, runs the interrupted step again from the start and the
 * queued clips' whole chains, and keeps the step that had succeeded.
 */
class KilledWithHooksPendingTest {

    private static final int JOBS = 3;

    @TempDir
    Path folder;

    @Test
    void clipsWaitingForHooksWhenTheStudioIsKilledAreFinishedByTheNextSession() throws Exception {
        Path journal = folder.resolve("killed.sorastudio.queue.json");
        Path clips = folder.resolve("clips");
        Path gate = folder.resolve("gate");
        Process worker = start(journal, clips, gate);
        Map<String, JsonObject> records;
        try {
            records = awaitKillPoint(clips, worker);
        } finally {
            worker.destroyForcibly(); // SIGKILL: no shutdown hook, no close, nothing flushed
            assertThat(worker.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        JsonObject running = records.values().stream().filter(r -> r.get("status").getAsString().equals("RUNNING"))
                .findFirst().orElseThrow();
        assertThat(running.get("running").getAsString()).isEqualTo("Slow write");
        assertThat(running.getAsJsonArray("steps")).as("Make GIF had succeeded").hasSize(1);
        long orphanPid = running.getAsJsonObject("process").get("pid").getAsLong();
        Optional<ProcessHandle> orphan = ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive);
        assertThat(orphan).as("the killed studio's step process is left behind").isPresent();
        assertThat(records.values().stream().filter(r -> r.get("status").getAsString().equals("QUEUED")).count())
                .as("the other clips waited in the pool: %s", records).isEqualTo(JOBS - 1);
        String stemOfRunning = stemWith(records, running);
        Path half = clips.resolve(stemOfRunning + ".slow.txt");
        assertThat(Files.readString(half)).isEqualTo("half " + orphanPid);
        Path firstGif = clips.resolve(stemOfRunning + ".gif");
        FileTime gifMadeBefore = Files.getLastModifiedTime(firstGif);

        // the next start: the same journal, a processor that has never seen these clips
        try (SimulatorQueue sim = new SimulatorQueue(40, 2, journal, clips);
             PostProcessor hooks = new PostProcessor(() -> HooksWorkerMain.chain(gate), 2)) {
            List<Job> jobs = sim.queue.jobs();
            assertThat(jobs).hasSize(JOBS);
            hooks.restore(sim.queue);

            // the orphan waits for the gate, which does not exist yet: only the restore can have ended it
            assertThat(orphan.get().onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
            Files.createFile(gate);
            assertThat(hooks.awaitIdle(Duration.ofMinutes(3))).isTrue();

            for (Job job : jobs) {
                ClipOutcome outcome = hooks.outcome(job.id()).orElseThrow();
                assertThat(outcome.status()).as("%s: %s", job.videoFile(), outcome.reason()).isEqualTo(Status.SUCCEEDED);
                assertThat(outcome.restored()).as("run in this session").isFalse();
                assertThat(outcome.steps()).extracting(StepResult::step).containsExactly("Make GIF", "Slow write");
                String stem = ClipValues.stem(job.videoFile());
                assertThat(TestClips.probe(clips.resolve(stem + ".gif"), "v", "stream=codec_name")).isEqualTo("gif");
                String written = Files.readString(clips.resolve(stem + ".slow.txt"));
                assertThat(written).as("written whole by one run, not the orphan's half")
                        .matches("half (\\d+) done \\1").doesNotContain(Long.toString(orphanPid));
                JsonObject record = JsonDataFile.read(job.sidecarFile()).getAsJsonObject("postProcessing");
                assertThat(record.get("status").getAsString()).isEqualTo("SUCCEEDED");
                assertThat(record.has("running")).isFalse();
                assertThat(record.has("process")).isFalse();
            }
            assertThat(Files.getLastModifiedTime(firstGif)).as("the step that had succeeded is not run again")
                    .isEqualTo(gifMadeBefore);
        }
    }

    /**
     * Waits until the worker has downloaded every clip, each sidecar records its pending hooks, and one clip's "Slow
     * write" runs with its process recorded; the records by sidecar file name.
     */
    private static Map<String, JsonObject> awaitKillPoint(Path clips, Process worker) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && worker.isAlive()) {
            Map<String, JsonObject> records = records(clips);
            if (records.size() == JOBS && records.values().stream()
                    .anyMatch(r -> r.has("process") && r.get("running").getAsString().equals("Slow write"))) {
                return records;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the worker did not reach the kill point; alive " + worker.isAlive() + ", records " + records(clips));
    }

    private static Map<String, JsonObject> records(Path clips) throws Exception {
        Map<String, JsonObject> records = new HashMap<>();
        if (!Files.isDirectory(clips)) {
            return records;
        }
        List<Path> sidecars;
        try (Stream<Path> files = Files.list(clips)) {
            sidecars = new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".json")).toList());
        }
        for (Path sidecar : sidecars) {
            try {
                JsonObject json = JsonDataFile.read(sidecar);
                if (json.has("postProcessing")) {
                    records.put(sidecar.getFileName().toString(), json.getAsJsonObject("postProcessing"));
                }
            } catch (DataFileException e) {
                // being replaced right now: read it next time
            }
        }
        return records;
    }

    private static String stemWith(Map<String, JsonObject> records, JsonObject record) {
        return records.entrySet().stream().filter(e -> e.getValue() == record).map(e -> e.getKey().replaceFirst("\\.json$", ""))
                .findFirst().orElseThrow();
    }

    private static Process start(Path journal, Path clips, Path gate) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", classPath, "-Xshare:auto", HooksWorkerMain.class.getName(),
                journal.toString(), clips.toString(), Integer.toString(JOBS), gate.toString())
                .redirectErrorStream(true)
                .redirectOutput(journal.resolveSibling("worker.log").toFile())
                .start();
    }
}
