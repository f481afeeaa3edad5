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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.PostProcessingSettings;
import org.sorastudio.postprocess.disk.ClipSizeEstimator;
import org.sorastudio.postprocess.disk.DiskCheck;
import org.sorastudio.postprocess.disk.DiskVerdict;
import org.sorastudio.postprocess.disk.FreeSpace;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.testing.fixtures.SimulatorQueue;

/**
 * The output folder going wrong under a real queue over the simulator: a disk that is really full (a small tmpfs filled
 * to the last byte), a folder that becomes read-only (the tmpfs remounted), a folder deleted between clips. The queue
 * pauses itself with a reason a person can act on, nothing fails or is sent twice, and the download that waited goes on
 * when the folder can take it again. Mounting needs root: where the test cannot mount a tmpfs it says so and is
 * skipped (the injected free-space provider of {@code DiskGuardTest} covers the guard without root).
 */
class OutputFolderTest {

    @TempDir
    Path folder;
    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", "-l", mounted.toString());
        }
    }

    @Test
    void aDiskThatFillsWhileDownloadingPausesTheQueueAndTheDownloadGoesOnWhenSpaceComesBack() throws Exception {
        Path disk = smallDisk("size=32m");
        Path filler = fill(disk);
        try (SimulatorQueue sim = new SimulatorQueue(40, 1, folder.resolve("full.sorastudio.queue.json"), disk.resolve("clips"))) {
            List<String> ids = sim.queue.enqueue(SimulatorQueue.shots(2, "A full disk"));

            await("the queue pauses itself", () -> sim.queue.isPaused(), Duration.ofMinutes(1));
            assertThat(sim.queue.stats().pauseReason()).startsWith("The output folder " + disk.resolve("clips") + " is full (")
                    .contains("free some space, then Resume");
            Job waiting = sim.queue.job(ids.get(0)).orElseThrow();
            assertThat(waiting.state()).isEqualTo(JobState.DOWNLOADING);
            assertThat(waiting.statusText()).startsWith("waiting for disk space in ");
            String later = sim.queue.enqueue(List.of(SimulatorQueue.shots(3, "A full disk").get(2))).get(0);
            Thread.sleep(1000);
            assertThat(state(sim, later)).as("nothing new is sent").isEqualTo(JobState.QUEUED);
            assertThat(sim.queue.jobs()).noneMatch(job -> job.state() == JobState.FAILED);

            Files.delete(filler); // space comes back: the waiting downloads are tried again within 30 s
            await("the waiting clips arrive", () -> state(sim, ids.get(0)) == JobState.COMPLETED
                    && state(sim, ids.get(1)) == JobState.COMPLETED, Duration.ofSeconds(90));
            assertWhole(sim.queue.job(ids.get(0)).orElseThrow());
            assertWhole(sim.queue.job(ids.get(1)).orElseThrow());
            assertThat(sim.queue.isPaused()).as("new jobs wait for Resume").isTrue();
            assertThat(state(sim, later)).isEqualTo(JobState.QUEUED);

            sim.queue.resume();
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(1))).isTrue();
            assertThat(sim.queue.jobs()).allMatch(job -> job.state() == JobState.COMPLETED);
            assertThat(sim.server.acceptedCreates()).as("each video made once").isEqualTo(3);
            assertNoLeftovers(disk.resolve("clips"));
        }
    }

    @Test
    void aReadOnlyOutputFolderIsRefusedBeforeABatchAndADownloadWaitsUntilItCanBeWritten() throws Exception {
        Path disk = smallDisk("size=32m");
        Path clips = Files.createDirectories(disk.resolve("clips"));
        run("mount", "-o", "remount,ro", disk.toString());

        DiskVerdict verdict = new DiskCheck(FreeSpace.system(), new ClipSizeEstimator())
                .check(clips, SimulatorQueue.shots(1, "x"), new PostProcessingSettings(List.of(), 1));
        assertThat(verdict.fits()).isFalse();
        assertThat(verdict.message()).contains("cannot be written to (read-only)");

        try (SimulatorQueue sim = new SimulatorQueue(40, 1, folder.resolve("ro.sorastudio.queue.json"), clips)) {
            String id = sim.queue.enqueue(SimulatorQueue.shots(1, "A read-only folder")).get(0);

            await("the queue pauses itself", () -> sim.queue.isPaused(), Duration.ofMinutes(1));
            assertThat(sim.queue.stats().pauseReason()).startsWith("The output folder " + clips + " cannot be written to (")
                    .contains("Resume");
            Thread.sleep(20_000); // longer than every retry of a broken download: the job is paid for and must not fail
            assertThat(state(sim, id)).isEqualTo(JobState.DOWNLOADING);
            assertThat(sim.queue.job(id).orElseThrow().statusText()).isEqualTo("waiting for a writable folder: " + clips);

            run("mount", "-o", "remount,rw", disk.toString());
            await("the waiting clip arrives", () -> state(sim, id) == JobState.COMPLETED, Duration.ofSeconds(90));
            assertWhole(sim.queue.job(id).orElseThrow());
            assertThat(sim.server.acceptedCreates()).as("made once").isEqualTo(1);
        }
    }

    @Test
    void anOutputFolderDeletedBetweenClipsIsMadeAgain() throws Exception {
        Path clips = folder.resolve("clips");
        try (SimulatorQueue sim = new SimulatorQueue(folder, 40, 1)) {
            String first = sim.queue.enqueue(SimulatorQueue.shots(1, "Before")).get(0);
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(1))).isTrue();
            assertWhole(sim.queue.job(first).orElseThrow());
            try (Stream<Path> files = Files.walk(clips)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }

            String second = sim.queue.enqueue(List.of(SimulatorQueue.shots(2, "After").get(1))).get(0);
            assertThat(sim.queue.awaitIdle(Duration.ofMinutes(1))).isTrue();

            assertWhole(sim.queue.job(second).orElseThrow());
            assertThat(sim.queue.jobs()).allMatch(job -> job.state() == JobState.COMPLETED);
        }
    }

    /** A tmpfs of its own under the test's folder, or the test is skipped with the reason. */
    private Path smallDisk(String options) throws Exception {
        Path disk = Files.createDirectories(folder.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here (needs root): " + output.strip());
        mounted = disk;
        return disk;
    }

    /** Writes one file until the disk has no byte left. */
    private static Path fill(Path disk) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).containsIgnoringCase("no space left");
        }
        return filler;
    }

    private static void assertWhole(Job job) throws Exception {
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(TestClips.probe(job.videoFile(), "v", "stream=codec_name")).isEqualTo("h264");
        assertThat(Double.parseDouble(TestClips.probe(job.videoFile(), "v", "format=duration"))).isGreaterThan(3.5);
        assertThat(job.sidecarFile()).isRegularFile();
    }

    private static void assertNoLeftovers(Path clips) throws IOException {
        try (Stream<Path> files = Files.list(clips)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    private static JobState state(SimulatorQueue sim, String id) {
        return sim.queue.job(id).map(Job::state).orElse(null);
    }

    private static void await(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static void run(String... command) throws Exception {
        TestClips.run(command);
    }
}
