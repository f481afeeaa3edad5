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

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.RenderQueue;

/** Extensions and edits are ordinary queue jobs: journaled, reconciled, downloaded, linked to their source. */
class ExtendEditTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    @Test
    void aClipExtendedTwiceAndEditedIsDownloadedWithSidecarsNamingEachSource() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            RenderQueue queue = sim.open(2);
            String source = videoOf(queue, queue.enqueue(List.of(SimulatorFixture.spec("A paper boat"))).get(0));

            String firstJob = queue.enqueue(List.of(JobSpec.extension(source, "The boat reaches a waterfall", 4,
                    SimulatorFixture.PROFILE, null))).get(0);
            String first = videoOf(queue, firstJob);
            String secondJob = queue.enqueue(List.of(JobSpec.extension(first, "It goes over", 8,
                    SimulatorFixture.PROFILE, null))).get(0);
            String editJob = queue.enqueue(List.of(JobSpec.edit(source, "Make the boat red", SimulatorFixture.PROFILE,
                    "red-boat"))).get(0);
            assertThat(queue.awaitIdle(WAIT)).isTrue();

            Job second = queue.job(secondJob).orElseThrow();
            Job edit = queue.job(editJob).orElseThrow();
            assertThat(second.state()).isEqualTo(JobState.COMPLETED);
            assertThat(sim.client.retrieve(second.videoId()).video().seconds()).as("4 + 4 + 8").isEqualTo("16");
            assertThat(edit.state()).isEqualTo(JobState.COMPLETED);
            assertThat(edit.videoFile().getFileName().toString()).isEqualTo("red-boat.mp4");
            JsonObject request = new JsonDataFile(second.sidecarFile()).read().getAsJsonObject("request");
            assertThat(request.get("kind").getAsString()).isEqualTo("EXTEND");
            assertThat(request.get("sourceVideoId").getAsString()).isEqualTo(first);
            assertThat(request.get("seconds").getAsInt()).isEqualTo(8);
            assertThat(new JsonDataFile(edit.sidecarFile()).read().getAsJsonObject("request").get("sourceVideoId")
                    .getAsString()).isEqualTo(source);
            assertThat(sim.server.acceptedCreates()).as("source, two extensions, one edit").isEqualTo(4);
            queue.shutdown(Duration.ofSeconds(10));

            RenderQueue reopened = sim.open(1);
            JobSpec kept = reopened.job(firstJob).orElseThrow().spec();
            assertThat(kept.kind()).isEqualTo(JobSpec.Kind.EXTEND);
            assertThat(kept.sourceVideoId()).isEqualTo(source);
            assertThat(kept.remixOf()).isNull();
            reopened.shutdown(Duration.ofSeconds(10));
        }
    }

    @Test
    void anExtensionWhoseAnswerWasLostIsReconciledNotSentTwice() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            RenderQueue queue = sim.open(1);
            String source = videoOf(queue, queue.enqueue(List.of(SimulatorFixture.spec("A lighthouse"))).get(0));

            sim.server.injectServerErrors(1);
            String job = queue.enqueue(List.of(JobSpec.extension(source, "The light turns on", 4,
                    SimulatorFixture.PROFILE, null))).get(0);
            assertThat(queue.awaitIdle(WAIT)).isTrue();

            assertThat(queue.job(job).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
            assertThat(sim.server.acceptedCreates()).as("source + one extension").isEqualTo(2);
        }
    }

    @Test
    void extendingAnUnknownVideoFailsWithTheServersReasonAndSendsNothingElse() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            RenderQueue queue = sim.open(1);
            String job = queue.enqueue(List.of(JobSpec.extension("video_gone", "More", 4, SimulatorFixture.PROFILE,
                    null))).get(0);
            assertThat(queue.awaitIdle(WAIT)).isTrue();

            Job failed = queue.job(job).orElseThrow();
            assertThat(failed.state()).isEqualTo(JobState.FAILED);
            assertThat(failed.statusText()).contains("video_gone").contains("not found");
            assertThat(sim.server.createRequests()).isEqualTo(1);
            assertThat(sim.server.acceptedCreates()).isZero();
        }
    }

    private static String videoOf(RenderQueue queue, String jobId) throws InterruptedException {
        assertThat(queue.awaitIdle(WAIT)).isTrue();
        Job job = queue.job(jobId).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        return job.videoId();
    }
}
