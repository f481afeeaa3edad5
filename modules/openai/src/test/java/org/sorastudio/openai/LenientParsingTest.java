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
package org.sorastudio.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sorastudio.openai.ScriptedServer.json;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What compatible servers send differently from OpenAI is read, not rejected. */
class LenientParsingTest {

    private ScriptedServer server;
    private VideoApiClient client;

    @BeforeEach
    void start() throws IOException {
        server = new ScriptedServer();
        client = VideoApiClient.builder(server.baseUrl(), "k").retryPolicy(RetryPolicy.NONE).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void gatewayVideoWithIntegerSecondsUnknownModelAndStatusAndExtraFields() {
        server.then(json(200, "{\"id\":\"veo_abc\",\"object\":\"video\",\"model\":\"veo-3.0-generate-preview\","
                + "\"status\":\"processing\",\"progress\":42.7,\"created_at\":\"1761000000\",\"size\":\"1920x1080\","
                + "\"seconds\":8,\"quality\":\"standard\",\"provider\":{\"name\":\"vertex\"}}",
                "openai-poll-after-ms", "1500", "x-request-id", "req_gw"));

        VideoResponse response = client.retrieve("veo_abc");
        Video video = response.video();

        assertThat(video.model()).isEqualTo("veo-3.0-generate-preview");
        assertThat(video.status().value()).isEqualTo("processing");
        assertThat(video.status().isPending()).isTrue();
        assertThat(video.isTerminal()).isFalse();
        assertThat(video.progress()).isEqualTo(42);
        assertThat(video.seconds()).isEqualTo("8");
        assertThat(video.size()).isEqualTo("1920x1080");
        assertThat(video.createdAt()).isEqualTo(Instant.ofEpochSecond(1_761_000_000L));
        assertThat(video.completedAt()).isNull();
        assertThat(video.error()).isNull();
        assertThat(response.pollAfterHint()).contains(Duration.ofMillis(1500));
        assertThat(response.requestId()).isEqualTo("req_gw");
    }

    @Test
    void aServerAnsweringWithAWebPageIsDescribedForAPerson() {
        server.otherwise(ScriptedServer.bytes(200, "text/html", "<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        UnexpectedResponseException html = org.assertj.core.api.Assertions.catchThrowableOfType(UnexpectedResponseException.class,
                () -> client.retrieve("video_1"));
        server.otherwise(json(200, "{\"id\": \"video_1\", \"status\": "));
        UnexpectedResponseException cut = org.assertj.core.api.Assertions.catchThrowableOfType(UnexpectedResponseException.class,
                () -> client.retrieve("video_1"));

        assertThat(html.getMessage()).contains("a web page, not the API's JSON (is the base URL right?)", "<!DOCTYPE html> <html>")
                .doesNotContain("Exception", "setStrictness", "https://github.com");
        assertThat(cut.getMessage()).contains("the body is not valid JSON (at line 1, column 29)").doesNotContain("Exception");
    }

    @Test
    void failedVideoCarriesItsError() {
        server.then(json(200, "{\"id\":\"video_2\",\"status\":\"failed\",\"progress\":100,\"seconds\":\"4.0\","
                + "\"error\":{\"code\":\"moderation_blocked\",\"message\":\"Your request was blocked by our moderation system.\"}}"));

        VideoResponse response = client.retrieve("video_2");
        Video video = response.video();

        assertThat(video.status().isFailed()).isTrue();
        assertThat(video.isTerminal()).isTrue();
        assertThat(video.seconds()).isEqualTo("4");
        assertThat(video.error().isModerationBlocked()).isTrue();
        assertThat(response.pollAfterHint()).as("no hint on a terminal job").isEmpty();
    }

    @Test
    void statusesOutsideTheApiList() {
        assertThat(VideoStatus.of("COMPLETED").isCompleted()).isTrue();
        assertThat(VideoStatus.of("cancelled").isTerminal()).isTrue();
        assertThat(VideoStatus.of("cancelled").isCompleted()).isFalse();
        assertThat(VideoStatus.of("pending").isPending()).isTrue();
        assertThat(VideoStatus.QUEUED.isTerminal()).isFalse();
    }

    @Test
    void modelsWithAndWithoutShutdownDate() {
        server.then(json(200, "{\"object\":\"list\",\"data\":["
                + "{\"id\":\"sora-2\",\"object\":\"model\",\"created\":1759708800,\"owned_by\":\"system\","
                + "\"shutdown_date\":\"2026-09-24\"},"
                + "{\"id\":\"sora-2-pro\",\"object\":\"model\",\"created\":1759708800,\"owned_by\":\"system\",\"shutdown_date\":null},"
                + "{\"id\":\"veo-3\",\"object\":\"model\",\"owned_by\":\"google\",\"shutdown_date\":\"soon\"},"
                + "{\"object\":\"model\"}]}"));

        List<ModelInfo> models = client.listModels();

        assertThat(models).extracting(ModelInfo::id).containsExactly("sora-2", "sora-2-pro", "veo-3");
        assertThat(models.get(0).shutdown()).contains(LocalDate.of(2026, 9, 24));
        assertThat(models.get(0).created()).isEqualTo(Instant.ofEpochSecond(1_759_708_800L));
        assertThat(models.get(1).shutdown()).isEmpty();
        assertThat(models.get(2).shutdownDate()).as("not a date").isNull();
        assertThat(models.get(2).created()).isNull();
    }

    @Test
    void moderationVerdicts() {
        server.then(json(200, "{\"id\":\"modr-1\",\"model\":\"omni-moderation-latest\",\"results\":[{\"flagged\":true,"
                + "\"categories\":{\"violence\":true,\"hate\":false,\"illicit\":null},"
                + "\"category_scores\":{\"violence\":0.91,\"hate\":0.01}}]}"));

        ModerationResult result = client.moderate(List.of("prompt"));

        assertThat(result.flagged()).isTrue();
        assertThat(result.results().get(0).flaggedCategories()).containsExactly("violence");
        assertThat(result.results().get(0).categoryScores()).containsEntry("violence", 0.91);
        assertThat(result.results().get(0).categories()).doesNotContainKey("illicit");
    }

    @Test
    void rateLimitHeadersReachListenersAfterEveryResponse() {
        server.then(json(200, VideoFixtures.video("video_1", "in_progress", 10),
                        "x-ratelimit-limit-requests", "50", "x-ratelimit-remaining-requests", "49",
                        "x-ratelimit-reset-requests", "1.2s", "x-ratelimit-limit-tokens", "150000",
                        "x-ratelimit-remaining-tokens", "149000", "x-ratelimit-reset-tokens", "6m0s"),
                json(404, VideoFixtures.error("invalid_request_error", "not_found", "gone", null),
                        "x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", "20ms"));
        List<RateLimitSnapshot> seen = new ArrayList<>();
        client.addRateLimitListener(seen::add);

        client.retrieve("video_1");
        try {
            client.retrieve("video_2");
        } catch (InvalidRequestException expected) {
            // the 404's headers are published too
        }

        assertThat(seen).hasSize(2);
        RateLimitSnapshot first = seen.get(0);
        assertThat(first.limitRequests()).isEqualTo(50);
        assertThat(first.remainingRequests()).isEqualTo(49);
        assertThat(first.resetRequests()).isEqualTo(Duration.ofMillis(1200));
        assertThat(first.limitTokens()).isEqualTo(150_000);
        assertThat(first.resetTokens()).isEqualTo(Duration.ofMinutes(6));
        assertThat(first.isPresent()).isTrue();
        assertThat(seen.get(1).requestsExhausted()).isTrue();
        assertThat(seen.get(1).statusCode()).isEqualTo(404);
        assertThat(seen.get(1).limitTokens()).isNull();
        assertThat(client.lastRateLimits()).contains(seen.get(1));
    }

    @Test
    void listAllFollowsTheCursorAcrossPages() {
        server.then(json(200, page(true, "video_1", "video_2")), json(200, page(true, "video_3", "video_4")),
                json(200, page(false, "video_5")));

        List<String> ids = client.listAll(new VideoListQuery(2, SortOrder.DESC, null)).map(Video::id).toList();

        assertThat(ids).containsExactly("video_1", "video_2", "video_3", "video_4", "video_5");
        assertThat(server.requests()).extracting(ScriptedServer.Captured::uri).containsExactly(
                "/v1/videos?limit=2&order=desc", "/v1/videos?limit=2&order=desc&after=video_2",
                "/v1/videos?limit=2&order=desc&after=video_4");
    }

    @Test
    void listAllStopsOnAServerThatClaimsMoreWithoutACursor() {
        server.otherwise(json(200, "{\"object\":\"list\",\"data\":[],\"first_id\":null,\"last_id\":null,\"has_more\":true}"));

        assertThat(client.listAll(VideoListQuery.firstPage()).count()).isZero();
        assertThat(server.requests()).hasSize(1);
    }

    private static String page(boolean hasMore, String... ids) {
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.length() == 0 ? "" : ",").append(VideoFixtures.video(id, "completed", 100));
        }
        return "{\"object\":\"list\",\"data\":[" + data + "],\"first_id\":\"" + ids[0] + "\",\"last_id\":\""
                + ids[ids.length - 1] + "\",\"has_more\":" + hasMore + "}";
    }
}
