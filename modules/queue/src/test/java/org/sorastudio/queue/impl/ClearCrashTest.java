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

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.queue.api.Transition;

/**
 * Clearing finished jobs compacts the journal (rewrites it without them): a process killed with SIGKILL at random
 * moments around that rewrite leaves a journal that loads, with every unfinished job in it, and the finished jobs
 * either all there or all gone.
 */
class ClearCrashTest {

    private static final int FINISHED = 3000;
    private static final int QUEUED = 3;
    private static final int KILLS = 6;

    private static final Logger LOG = Logger.getLogger(ClearCrashTest.class.getName());

    @TempDir
    Path folder;

    @Test
    void killedWhileClearingLeavesALoadableJournalThatKeepsEveryUnfinishedJob() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path journal = folder.resolve("clear.sorastudio.queue.json");
        Path clips = folder.resolve("clips");
        for (int kill = 0; kill <= KILLS; kill++) {
            new JsonDataFile(journal).write(journalWithFinishedJobs());
            Process worker = start(journal, clips);
            if (kill < KILLS) {
                Thread.sleep(200 + random.nextInt(1500));
                worker.destroyForcibly();
            }
            assertThat(worker.waitFor(60, TimeUnit.SECONDS)).as("worker ended (seed %d)", seed).isTrue();

            RenderQueue reopened = RenderQueue.open(journal, new QueueOptions(2, Duration.ofMinutes(5), clips),
                    SimulatorFixture.provider(null));
            try {
                List<Job> jobs = reopened.jobs();
                long finished = jobs.stream().filter(job -> job.state() == JobState.COMPLETED).count();
                assertThat(jobs.stream().filter(job -> job.state() == JobState.QUEUED).count())
                        .as("unfinished jobs after kill %d (seed %d)", kill, seed).isEqualTo(QUEUED);
                assertThat(finished).as("finished jobs after kill %d (seed %d)", kill, seed).isIn(0L, (long) FINISHED);
                int round = kill;
                LOG.info(() -> "Round " + round + ": " + finished + " finished jobs in the journal after the worker ended");
                if (kill == KILLS) {
                    assertThat(finished).as("finished jobs after a clear that ran to the end").isZero();
                }
            } finally {
                reopened.shutdown(Duration.ofSeconds(10));
            }
        }
    }

    /** A paused queue: finished jobs first, then a few queued ones that must survive every clear. */
    private static JsonObject journalWithFinishedJobs() {
        JsonArray jobs = new JsonArray();
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        for (int i = 0; i < FINISHED + QUEUED; i++) {
            JobRecord job = new JobRecord(UUID.randomUUID().toString(), SimulatorFixture.spec("Clear shot " + i + ": rain"));
            job.record(new Transition(at, JobState.QUEUED, "queued"));
            if (i < FINISHED) {
                job.videoId = "video_" + i;
                job.progress = 100;
                job.record(new Transition(at.plusSeconds(30), JobState.COMPLETED, "downloaded clip-" + i + ".mp4"));
                job.state = JobState.COMPLETED;
            }
            jobs.add(JobCodec.job(job));
        }
        JsonObject json = new JsonObject();
        json.addProperty("format", QueueEngine.JOURNAL_FORMAT);
        json.addProperty("paused", true);
        json.addProperty("pauseReason", "");
        json.add("jobs", jobs);
        return json;
    }

    private static Process start(Path journal, Path clips) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", classPath, "-Xshare:auto", ClearWorkerMain.class.getName(), journal.toString(),
                clips.toString())
                .redirectErrorStream(true)
                .redirectOutput(journal.resolveSibling("worker.log").toFile())
                .start();
    }
}
