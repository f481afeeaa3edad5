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
package org.sorastudio.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every kind of JSON body the simulator sends, checked against the schemas copied from OpenAI's
 * OpenAPI description ({@code src/test/resources/openapi/videos-schemas.json}). {@link TestClient}
 * checks each body it receives; this test makes sure every schema is exercised, including the
 * nullable fields in both states, and that the checker really catches drift.
 */
class ConformanceTest {

    private static final SchemaChecker SCHEMAS = SchemaChecker.load();

    @Test
    void everyResponseBodyMatchesItsSchema() {
        SimulatorConfig config = SimulatorConfig.builder().renderMillisPerVideoSecond(10)
                .moderationWords(Set.of("forbidden")).requestsPerMinute(400).createQuota(7).build();
        try (SimulatorServer server = SimulatorServer.start(config)) {
            TestClient client = new TestClient(server.baseUrl(), "sk-conformance");
            String completed = client.create("A conforming clip", "720x1280", "4").get("id").getAsString();
            client.pollUntilTerminal(completed);
            String blocked = client.create("Something forbidden", "720x1280", "4").get("id").getAsString();
            client.pollUntilTerminal(blocked);
            String remix = client.postJson("/videos/" + completed + "/remix", "{\"prompt\": \"Again\"}").json()
                    .get("id").getAsString();
            client.pollUntilTerminal(remix);
            client.get("/videos?limit=1");
            client.get("/videos?limit=0");
            client.delete("/videos/" + blocked);
            client.get("/models");
            client.get("/models/sora-2");
            client.postJson("/moderations", "{\"input\": \"forbidden words\"}");
            client.postJson("/moderations", "{\"input\": [{\"type\": \"text\", \"text\": \"hello\"}]}");
            // errors: 400, 401, 404, 429 (quota), 5xx
            client.postJson("/videos", "{}");
            client.withKey(null).get("/videos");
            client.get("/videos/video_nope");
            client.get("/nowhere");
            for (int i = 0; i < 4; i++) {
                client.create("Filling the quota " + i, "720x1280", "4");
            }
            assertThat(client.postJson("/videos", "{\"prompt\": \"over quota\"}").status()).isEqualTo(429);
            server.injectServerErrors(2);
            assertThat(client.get("/models").status()).isEqualTo(500);
            assertThat(client.get("/models").status()).isEqualTo(503);

            assertThat(client.checkedBodies().keySet()).containsExactlyInAnyOrder("VideoResource", "VideoListResource",
                    "DeletedVideoResource", "ListModelsResponse", "Model", "CreateModerationResponse", "ErrorResponse");
        }
    }

    @Test
    void rateLimitErrorMatchesTheErrorSchema() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().requestsPerMinute(1).build())) {
            TestClient client = new TestClient(server.baseUrl(), "sk-conformance");
            client.get("/models");

            assertThat(client.get("/models").status()).isEqualTo(429);
            assertThat(client.checkedBodies().get("ErrorResponse")).hasValue(1);
        }
    }

    @Test
    void checkerReportsMissingFieldsWrongEnumsAndWrongNullability() {
        JsonObject video = JsonParser.parseString("""
                {"id": "video_1", "object": "video", "model": "sora-2", "status": "queued", "progress": 0,
                 "created_at": 1, "completed_at": null, "expires_at": null, "prompt": "p", "size": "720x1280",
                 "seconds": "4", "remixed_from_video_id": null, "error": null}""").getAsJsonObject();
        assertThat(SCHEMAS.check("VideoResource", video)).isEmpty();

        JsonObject missing = video.deepCopy();
        missing.remove("expires_at");
        assertThat(SCHEMAS.check("VideoResource", missing)).singleElement().asString().contains("expires_at");

        JsonObject badStatus = video.deepCopy();
        badStatus.addProperty("status", "processing");
        assertThat(SCHEMAS.check("VideoResource", badStatus)).isNotEmpty();

        JsonObject nullSize = video.deepCopy();
        nullSize.add("size", JsonNull.INSTANCE);
        assertThat(SCHEMAS.check("VideoResource", nullSize)).isNotEmpty();

        JsonObject numericSeconds = video.deepCopy();
        numericSeconds.addProperty("seconds", 4);
        assertThat(SCHEMAS.check("VideoResource", numericSeconds)).isNotEmpty();

        JsonObject errorWithoutCode = video.deepCopy();
        errorWithoutCode.add("error", JsonParser.parseString("{\"message\": \"boom\"}"));
        assertThat(SCHEMAS.check("VideoResource", errorWithoutCode)).isNotEmpty();

        assertThat(SCHEMAS.check("ErrorResponse", JsonParser.parseString(
                "{\"error\": {\"message\": \"m\", \"type\": \"t\", \"code\": null}}"))).isNotEmpty();
    }
}
