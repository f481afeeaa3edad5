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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.model.FailureAdvice;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.RetryPolicy;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.RenderQueue;

/** Every way the simulator can fail a job, over HTTP, ends as a structured failure that survives the journal. */
class JobFailureTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @TempDir
    Path folder;

    @Test
    void aModerationBlockAndAServerFailureCarryTheirCodeAndEveryRequestId() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().moderationWords(Set.of("forbidden")), folder)) {
            Job blocked = runToEnd(sim, SimulatorFixture.spec("A forbidden scene"));

            Failure failure = blocked.failed().orElseThrow();
            assertThat(failure.kind()).isEqualTo(Failure.Kind.MODERATION);
            assertThat(failure.errorCode()).isEqualTo("moderation_blocked");
            assertThat(failure.message()).isEqualTo(blocked.statusText()).startsWith("blocked by moderation");
            assertThat(failure.requestIds()).isNotEmpty().isEqualTo(blocked.requestIds());
            assertThat(FailureAdvice.nextStep(failure)).contains("Rewrite the prompt");
        }
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().failureRate(1.0), folder.resolve("b"))) {
            Failure failure = runToEnd(sim, SimulatorFixture.spec("Doomed")).failed().orElseThrow();
            assertThat(failure.kind()).isEqualTo(Failure.Kind.SERVER);
            assertThat(failure.errorCode()).isEqualTo("video_generation_failed");
            assertThat(FailureAdvice.nextStep(failure)).contains("server's side");
        }
    }

    @Test
    void aRefusedSizeIsAnApiErrorWithTheServersTypeParamAndRequestId() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            Job refused = runToEnd(sim, new JobSpec("s1", "A wide shot", "sora-2", "123x45", 4, null, SimulatorFixture.PROFILE));

            Failure failure = refused.failed().orElseThrow();
            assertThat(failure.kind()).isEqualTo(Failure.Kind.API_ERROR);
            assertThat(failure.httpStatus()).isEqualTo(400);
            assertThat(failure.errorType()).isEqualTo("invalid_request_error");
            assertThat(failure.errorParam()).isEqualTo("size");
            assertThat(failure.latestRequestId()).get().asString().startsWith("req_");
            assertThat(failure.message()).startsWith("the server refused the request: 400");
            assertThat(FailureAdvice.nextStep(failure)).contains("Choose a size the model supports");
            assertThat(sim.server.acceptedCreates()).isZero();
        }
    }

    @Test
    void aJobPastItsMaximumWaitIsATimeout() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().renderMillisPerVideoSecond(10_000), folder)) {
            RenderQueue queue = sim.open(1, Duration.ofMillis(1500));
            String id = queue.enqueue(List.of(SimulatorFixture.spec("Too slow"))).get(0);
            assertThat(queue.awaitIdle(WAIT)).isTrue();

            Failure failure = queue.job(id).orElseThrow().failed().orElseThrow();
            assertThat(failure.kind()).isEqualTo(Failure.Kind.TIMEOUT);
            assertThat(failure.requestIds()).isNotEmpty();
        }
    }

    @Test
    void anUnreadableReferenceImageIsAFileProblemAndAnEmptyPromptInvalidInput() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            RenderQueue queue = sim.open(2);
            List<String> ids = queue.enqueue(List.of(
                    new JobSpec("s1", "A cat", "sora-2", "1280x720", 4, folder.resolve("missing.png").toString(), SimulatorFixture.PROFILE),
                    SimulatorFixture.spec("   ")));
            assertThat(queue.awaitIdle(WAIT)).isTrue();

            assertThat(queue.job(ids.get(0)).orElseThrow().failed()).get().extracting(Failure::kind).isEqualTo(Failure.Kind.FILE);
            Failure empty = queue.job(ids.get(1)).orElseThrow().failed().orElseThrow();
            assertThat(empty.kind()).isEqualTo(Failure.Kind.INVALID_INPUT);
            assertThat(empty.message()).contains("prompt must not be empty");
            assertThat(sim.server.acceptedCreates()).isZero();
        }
    }

    @Test
    void rateLimitQuotaAndUnreachableServerAnswersBecomeTheirKindsWithRetryAfter() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().requestsPerMinute(1), folder);
                VideoApiClient client = noRetries(sim.server.baseUrl())) {
            client.listModels();
            ApiException limited = catchThrowableOfType(ApiException.class, client::listModels);

            Failure failure = JobFailures.fromApi("rate limited", limited);
            assertThat(failure.kind()).isEqualTo(Failure.Kind.RATE_LIMIT);
            assertThat(failure.httpStatus()).isEqualTo(429);
            assertThat(failure.errorCode()).isEqualTo("rate_limit_exceeded");
            assertThat(failure.retryAfter()).isPositive();
            assertThat(FailureAdvice.nextStep(failure)).startsWith("Wait " + ((failure.retryAfter().toMillis() + 999) / 1000) + " s");
        }
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().createQuota(0), folder.resolve("q"));
                VideoApiClient client = noRetries(sim.server.baseUrl())) {
            ApiException quota = catchThrowableOfType(ApiException.class,
                    () -> client.create(new CreateVideoRequest("A cat", "sora-2", "4", "1280x720", null)));

            Failure failure = JobFailures.fromApi("out of quota", quota);
            assertThat(failure.kind()).isEqualTo(Failure.Kind.QUOTA);
            assertThat(failure.errorCode()).isEqualTo("insufficient_quota");
            assertThat(FailureAdvice.nextStep(failure)).contains("Top up");
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (VideoApiClient client = noRetries(URI.create("http://127.0.0.1:" + closedPort + "/v1"))) {
            ApiException unreachable = catchThrowableOfType(ApiException.class, client::listModels);

            Failure failure = JobFailures.fromApi("cannot reach the server", unreachable);
            assertThat(failure.kind()).isEqualTo(Failure.Kind.NETWORK);
            assertThat(failure.httpStatus()).isZero();
            assertThat(FailureAdvice.nextStep(failure)).contains("internet connection");
        }
    }

    @Test
    void theFailureSurvivesTheJournalAndAJournalWrittenBeforeFailuresStillLoads() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            Job refused = runToEnd(sim, new JobSpec("s1", "A wide shot", "sora-2", "123x45", 4, null, SimulatorFixture.PROFILE));
            sim.queues.get(0).shutdown(Duration.ofSeconds(5));

            RenderQueue reopened = sim.open(1);
            assertThat(reopened.job(refused.id()).orElseThrow().failed()).contains(refused.failed().orElseThrow());
            reopened.shutdown(Duration.ofSeconds(5));

            Path journal = folder.resolve("project.sorastudio.queue.json");
            JsonObject written = JsonParser.parseString(Files.readString(journal)).getAsJsonObject();
            for (JsonElement job : written.getAsJsonArray("jobs")) {
                assertThat(job.getAsJsonObject().remove("failure")).isNotNull();
            }
            Files.writeString(journal, written.toString(), StandardCharsets.UTF_8);

            Job old = sim.open(1).job(refused.id()).orElseThrow();
            assertThat(old.state()).isEqualTo(JobState.FAILED);
            assertThat(old.failed()).isEmpty();
            assertThat(old.statusText()).isEqualTo(refused.statusText());
        }
    }

    @Test
    void aRetriedJobForgetsItsFailure() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast(), folder)) {
            Job refused = runToEnd(sim, new JobSpec("s1", "A wide shot", "sora-2", "123x45", 4, null, SimulatorFixture.PROFILE));
            RenderQueue queue = sim.queues.get(0);
            queue.pause();
            queue.retry(refused.id());

            assertThat(queue.job(refused.id()).orElseThrow().failed()).isEmpty();
        }
    }

    private static Job runToEnd(SimulatorFixture sim, JobSpec spec) throws Exception {
        RenderQueue queue = sim.open(1);
        String id = queue.enqueue(List.of(spec)).get(0);
        assertThat(queue.awaitIdle(WAIT)).isTrue();
        Job job = queue.job(id).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.FAILED);
        return job;
    }

    private static VideoApiClient noRetries(URI baseUrl) {
        return VideoApiClient.builder(baseUrl, SimulatorFixture.KEY).retryPolicy(RetryPolicy.NONE).build();
    }
}
