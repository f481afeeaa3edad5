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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.RenderQueue;

/** Creates the server may have received but cannot confirm: bounded, never resent on their own, the user decides. */
class UnconfirmedCreateTest {

    private static final Duration MAX_WAIT = Duration.ofSeconds(4);
    private static final Duration WAIT = Duration.ofSeconds(40);

    @TempDir
    Path folder;

    @Test
    void aGatewayWith5xxCreatesAndNoListEndsUnconfirmedWithinTheMaximumWaitAndIsNeverResentOnItsOwn() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().createServerError(502).listVideos(false), folder)) {
            RenderQueue queue = sim.open(1, MAX_WAIT);
            long start = System.nanoTime();
            String id = queue.enqueue(List.of(SimulatorFixture.spec("Sent into the void"))).get(0);

            assertThat(queue.awaitIdle(WAIT)).isTrue();

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isLessThan(MAX_WAIT.plusSeconds(2));
            Job job = queue.job(id).orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.UNCONFIRMED);
            assertThat(job.requestIds()).isNotEmpty();
            // why the list could not confirm: its last answer, or (on a slow machine) a read still out at the deadline
            assertThat(job.statusText()).startsWith("unconfirmed: the server may have received the create")
                    .containsAnyOf("Invalid URL", "no answer from the server's video list in time")
                    .contains(job.requestIds().get(0)).contains("not sent again on its own");
            assertThat(sim.server.createRequests()).isEqualTo(1);
            assertThat(sim.server.requestCount() - sim.server.createRequests()).as("list reads, backing off").isGreaterThan(1);
            assertThat(queue.stats().unconfirmed()).isEqualTo(1);
            assertThat(queue.stats().unfinished()).isZero();

            // nothing happens on its own afterwards
            Thread.sleep(1500);
            assertThat(sim.server.createRequests()).isEqualTo(1);

            queue.checkAgain(id);
            awaitState(queue, id, JobState.SUBMITTING);
            assertThat(queue.awaitIdle(WAIT)).isTrue();
            assertThat(queue.job(id).orElseThrow().state()).isEqualTo(JobState.UNCONFIRMED);
            assertThat(sim.server.createRequests()).isEqualTo(1);

            queue.sendAgain(id);
            awaitState(queue, id, JobState.SUBMITTING);
            assertThat(queue.awaitIdle(WAIT)).isTrue();
            assertThat(queue.job(id).orElseThrow().transitions())
                    .anyMatch(t -> t.reason().startsWith("sent again by the user"));
            assertThat(sim.server.createRequests()).isEqualTo(2);
        }
    }

    @Test
    void aQueueOpenedLaterChecksUnconfirmedJobsAgainFirstAndAdoptsTheirVideo() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            JobSpec spec = SimulatorFixture.spec("It did arrive after all");
            Instant sentAt = Instant.now();
            String made = sim.client.create(CreateVideoRequest.of(spec.prompt(), spec.model(), spec.seconds(), spec.size()))
                    .video().id();
            JobRecord unconfirmed = new JobRecord("unconfirmed", spec);
            unconfirmed.submittedAt = sentAt;
            unconfirmed.outcomeUnknown = true;
            unconfirmed.moveTo(JobState.UNCONFIRMED, "unconfirmed: the server may have received the create");
            JsonObject journal = new JsonObject();
            JsonArray jobs = new JsonArray();
            jobs.add(JobCodec.job(unconfirmed));
            journal.add("jobs", jobs);
            new JsonDataFile(folder.resolve("project.sorastudio.queue.json")).write(journal);

            RenderQueue queue = sim.open(1, MAX_WAIT);

            assertThat(queue.awaitIdle(WAIT)).isTrue();
            Job job = queue.job("unconfirmed").orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.COMPLETED);
            assertThat(job.videoId()).isEqualTo(made);
            assertThat(job.transitions()).anyMatch(t -> t.reason().contains("checking the server's video list again after a restart"));
            assertThat(sim.server.acceptedCreates()).isEqualTo(1);
        }
    }

    @Test
    void theReconciliationBackoffGrowsWithJitterAndStaysBounded() {
        for (int failures = 1; failures < 20; failures++) {
            Duration full = Waits.backoff(failures);
            Duration jittered = Waits.jitteredBackoff(failures);
            assertThat(jittered).isBetween(full.dividedBy(2), full);
            assertThat(full).isLessThanOrEqualTo(Duration.ofSeconds(30));
        }
    }

    private static void awaitState(RenderQueue queue, String id, JobState state) throws InterruptedException {
        QueueEngineTest.awaitState(queue, id, state);
    }
}
