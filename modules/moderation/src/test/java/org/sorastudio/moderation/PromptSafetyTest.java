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
package org.sorastudio.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sorastudio.moderation.api.BlockExplanation;
import org.sorastudio.moderation.api.Flag;
import org.sorastudio.moderation.api.ModerationUnavailableException;
import org.sorastudio.moderation.api.PreflightReport;
import org.sorastudio.moderation.api.PromptSafety;
import org.sorastudio.moderation.api.Rewrite;
import org.sorastudio.moderation.api.Trigger;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.RetryPolicy;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.VideoStatus;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** Moderation help against the simulator over HTTP: its /moderations flags the same words that get a video blocked. */
class PromptSafetyTest {

    private static SimulatorServer simulator;
    private static VideoApiClient client;

    @BeforeAll
    static void start() {
        simulator = SimulatorServer.start(SimulatorConfig.builder().seed(5).renderMillisPerVideoSecond(20)
                .moderationWords(Set.of("explode", "blood bath")).build());
        client = VideoApiClient.builder(simulator.baseUrl(), "sk-moderation-test").build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void aBlockIsExplainedByItsCategoryAndTheWordThatDidIt() throws Exception {
        String prompt = "A knight rides to the castle at dawn. The gate will explode as he arrives, and the crowd cheers.";
        long before = simulator.requestCount();

        BlockExplanation explanation = new PromptSafety(client, List.of()).explain(prompt);

        assertThat(explanation.flagged()).isTrue();
        assertThat(explanation.flags()).extracting(Flag::category).containsExactly("violence");
        assertThat(explanation.flags().get(0).score()).isGreaterThan(0.5);
        assertThat(explanation.triggers())
                .containsExactly(new Trigger("explode", prompt.indexOf("explode"), prompt.indexOf("explode") + 7, true));
        // the whole prompt, its three clauses side by side, the flagged clause's words side by side
        assertThat(explanation.requests()).isEqualTo(3);
        assertThat(simulator.requestCount() - before).isEqualTo(3);
    }

    @Test
    void neighbouringTriggerWordsAreOnePhrase() throws Exception {
        String prompt = "Two armies meet in a blood bath on the plain";

        BlockExplanation explanation = new PromptSafety(client, List.of()).explain(prompt);

        assertThat(explanation.triggers()).extracting(Trigger::phrase).containsExactly("blood bath");
        assertThat(explanation.triggers().get(0).unflags()).isTrue();
    }

    @Test
    void aPromptThatPassesSaysSoAndNamesTheWatchedWords() throws Exception {
        BlockExplanation explanation = new PromptSafety(client, List.of("Castle", "dragon")).explain("A castle under the stars");

        assertThat(explanation.flagged()).isFalse();
        assertThat(explanation.flags()).isEmpty();
        assertThat(explanation.triggers()).isEmpty();
        assertThat(explanation.watchedWords()).containsExactly("castle");
        assertThat(explanation.requests()).isEqualTo(1);
    }

    @Test
    void rewritesSoftenDropAndGeneraliseWithoutTheServer() throws Exception {
        PromptSafety safety = new PromptSafety(client, List.of());
        String prompt = "Taylor Swift watches the Nike store explode. Explode again!";
        BlockExplanation explanation = safety.explain(prompt);

        List<Rewrite> rewrites = safety.suggestRewrites(prompt, explanation);

        assertThat(rewrites).extracting(Rewrite::prompt).containsExactly(
                "Taylor Swift watches the Nike store burst into confetti. Burst into confetti again!",
                "Taylor Swift watches the Nike store. again!",
                "A person watches the store explode. Explode again!");
        assertThat(rewrites.get(0).why()).contains("explode → burst into confetti");
        assertThat(rewrites.get(2).why()).contains("Taylor Swift → a person").contains("Nike");
        // the softened prompt passes the server's check
        assertThat(safety.explain(rewrites.get(0).prompt()).flagged()).isFalse();
    }

    @Test
    void withoutAnExplanationTheWatchedWordsAndNamesStillGetRewrites() {
        List<Rewrite> rewrites = new PromptSafety(client, List.of("gun")).suggestRewrites("Elon Musk holds a gun", null);

        assertThat(rewrites).extracting(Rewrite::prompt)
                .containsExactly("Elon Musk holds a prop blaster", "Elon Musk holds a", "A person holds a gun");
    }

    @Test
    void theWholeLoopBlockedExplainedRewrittenCompleted() throws Exception {
        PromptSafety safety = new PromptSafety(client, List.of());
        String prompt = "Fireworks explode over the harbour";
        Video blocked = awaitTerminal(client.create(CreateVideoRequest.of(prompt, "sora-2", 4, "1280x720")).video().id());
        assertThat(blocked.status()).isEqualTo(VideoStatus.FAILED);
        assertThat(blocked.error().isModerationBlocked()).isTrue();

        Rewrite softer = safety.suggestRewrites(prompt, safety.explain(prompt)).get(0);
        Video done = awaitTerminal(client.create(CreateVideoRequest.of(softer.prompt(), "sora-2", 4, "1280x720")).video().id());

        assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
    }

    @Test
    void aBatchIsCheckedBeforeAnythingIsPaidForInFewRequests() throws Exception {
        List<String> prompts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            prompts.add(i % 20 == 7 ? "Scene " + i + ": the tower will explode" : "Scene " + i + ": a calm lake");
        }
        prompts.add("Scene 0: a calm lake");
        long createsBefore = simulator.createRequests();

        PreflightReport report = new PromptSafety(client, List.of("lake monster")).preflight(prompts);

        assertThat(report.checked()).isEqualTo(201);
        assertThat(report.blocked()).extracting(PreflightReport.BlockedRow::index)
                .containsExactly(7, 27, 47, 67, 87, 107, 127, 147, 167, 187);
        assertThat(report.blocked().get(0).flags()).extracting(Flag::category).containsExactly("violence");
        assertThat(report.requests()).as("200 distinct prompts in arrays of 32").isEqualTo(7);
        assertThat(simulator.createRequests()).isEqualTo(createsBefore);
    }

    @Test
    void aServerWithoutModerationIsSaidPlainly() throws IOException {
        HttpServer bare = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bare.createContext("/", exchange -> {
            byte[] body = "{\"error\":{\"message\":\"Invalid URL (POST /v1/moderations)\",\"type\":\"invalid_request_error\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        bare.start();
        try (VideoApiClient gateway = VideoApiClient.builder(URI.create("http://127.0.0.1:" + bare.getAddress().getPort() + "/v1"), "sk-x")
                .retryPolicy(RetryPolicy.DEFAULT).build()) {
            ModerationUnavailableException e = catchThrowableOfType(ModerationUnavailableException.class,
                    () -> new PromptSafety(gateway, List.of()).explain("anything"));

            assertThat(e.getMessage()).contains("no moderation check").contains("404").contains("rewrites still apply");
        } finally {
            bare.stop(0);
        }
    }

    private static Video awaitTerminal(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Video video = client.retrieve(id).video();
            if (video.isTerminal()) {
                return video;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("video " + id + " not finished within 60 s");
    }
}
