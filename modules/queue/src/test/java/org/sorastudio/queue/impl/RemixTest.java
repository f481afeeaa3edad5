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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Shot;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.RenderQueue;

/** Remixes go through the queue like generations: journaled, reconciled, downloaded. */
class RemixTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void aShotThatRemixesACompletedVideoIsSentAsARemixAndKeptAsOneAcrossARestart() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            RenderQueue queue = sim.open(1);
            String sourceJob = queue.enqueue(List.of(SimulatorFixture.spec("A harbour at noon"))).get(0);
            assertThat(queue.awaitIdle(WAIT)).isTrue();
            String source = queue.job(sourceJob).orElseThrow().videoId();

            Shot remix = Shot.create("The same harbour in a storm").withRemixOf(source);
            String remixJob = queue.enqueue(List.of(JobSpec.of(remix, SimulatorFixture.PROFILE))).get(0);
            assertThat(queue.awaitIdle(WAIT)).isTrue();

            Job done = queue.job(remixJob).orElseThrow();
            assertThat(done.state()).isEqualTo(JobState.COMPLETED);
            assertThat(done.videoFile()).isRegularFile();
            assertThat(sim.client.retrieve(done.videoId()).video().remixedFromVideoId()).isEqualTo(source);
            assertThat(sim.server.acceptedCreates()).isEqualTo(2);
            queue.shutdown(Duration.ofSeconds(10));

            RenderQueue reopened = sim.open(1);
            assertThat(reopened.job(remixJob).orElseThrow().spec().remixOf()).isEqualTo(source);
        }
    }

    @Test
    void aRemixWhoseAnswerWasLostIsReconciledNotSentTwice() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            RenderQueue queue = sim.open(1);
            String sourceJob = queue.enqueue(List.of(SimulatorFixture.spec("A quiet library"))).get(0);
            assertThat(queue.awaitIdle(WAIT)).isTrue();
            String source = queue.job(sourceJob).orElseThrow().videoId();

            sim.server.injectServerErrors(1);
            String remixJob = queue.enqueue(List.of(JobSpec.of(Shot.create("The library on fire").withRemixOf(source),
                    SimulatorFixture.PROFILE))).get(0);
            assertThat(queue.awaitIdle(WAIT)).isTrue();

            assertThat(queue.job(remixJob).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
            assertThat(sim.server.acceptedCreates()).as("source + one remix").isEqualTo(2);
        }
    }
}
