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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.RenderQueue;

/** The sidecar keeps every distinct answer the job received, in order: the create's, then each change of status. */
class ResponseHistoryTest {

    @TempDir
    Path folder;

    @Test
    void theSidecarHoldsTheCreatesAnswerAndEveryChangeOfStatusButNotEveryPoll() throws Exception {
        try (SimulatorFixture sim = new SimulatorFixture(SimulatorFixture.fast().renderMillisPerVideoSecond(400), folder)) {
            RenderQueue queue = sim.open(1);
            String id = queue.enqueue(List.of(SimulatorFixture.spec("A slow dolly shot"))).get(0);
            assertThat(queue.awaitIdle(Duration.ofSeconds(40))).isTrue();
            Job job = queue.job(id).orElseThrow();
            assertThat(job.state()).isEqualTo(JobState.COMPLETED);

            JsonObject sidecar = JsonDataFile.read(job.sidecarFile());
            List<String> statuses = new ArrayList<>();
            for (JsonElement response : sidecar.getAsJsonArray("responses")) {
                JsonObject answer = response.getAsJsonObject();
                assertThat(answer.get("requestId").getAsString()).startsWith("req_");
                assertThat(Instant.parse(answer.get("receivedAt").getAsString())).isBeforeOrEqualTo(Instant.now());
                assertThat(answer.getAsJsonObject("body").get("id").getAsString()).isEqualTo(job.videoId());
                statuses.add(answer.getAsJsonObject("body").get("status").getAsString());
            }
            assertThat(statuses).first().isIn("queued", "in_progress");
            assertThat(statuses).last().isEqualTo("completed");
            assertThat(statuses).doesNotHaveDuplicates();
            assertThat(sim.server.requestCount()).as("more answers came than were kept").isGreaterThan(statuses.size() + 1);
            assertThat(sidecar.getAsJsonObject("response")).isEqualTo(
                    sidecar.getAsJsonArray("responses").get(statuses.size() - 1).getAsJsonObject().getAsJsonObject("body"));
        }
    }

    @Test
    void aServerFlippingBetweenStatusesKeepsTheFirstAnswerAndTheNewestOnesWithinTheBound() {
        JobRecord job = new JobRecord("j", SimulatorFixture.spec("p"));
        for (int i = 0; i < 3 * JobRecord.MAX_RESPONSES; i++) {
            JsonObject video = new JsonObject();
            video.addProperty("status", i % 2 == 0 ? "queued" : "in_progress");
            video.addProperty("progress", i);
            job.recordResponse(video, "req_" + i, Instant.now());
            job.recordResponse(video, "req_again_" + i, Instant.now());
        }

        assertThat(job.responses).hasSize(JobRecord.MAX_RESPONSES);
        assertThat(job.responses.get(0).get("requestId").getAsString()).isEqualTo("req_0");
        assertThat(job.responses.get(JobRecord.MAX_RESPONSES - 1).get("requestId").getAsString())
                .isEqualTo("req_" + (3 * JobRecord.MAX_RESPONSES - 1));
    }

    @Test
    void aJournalEntryWithOnlyTheLastAnswerLoadsAsAHistoryOfOne() {
        JsonObject old = JobCodec.job(new JobRecord("j", SimulatorFixture.spec("p")));
        old.remove("responses");
        JsonObject answer = new JsonObject();
        answer.addProperty("id", "video_1");
        answer.addProperty("status", "completed");
        old.add("lastResponse", answer);

        JobRecord job = JobCodec.job(old);

        assertThat(job.lastResponse).isEqualTo(answer);
        assertThat(job.responses).hasSize(1);
        assertThat(job.responses.get(0).getAsJsonObject("body")).isEqualTo(answer);
        assertThat(JobCodec.job(JobCodec.job(job)).responses).isEqualTo(job.responses);
    }
}
