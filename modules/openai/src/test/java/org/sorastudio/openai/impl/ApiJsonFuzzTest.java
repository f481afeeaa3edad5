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
package org.sorastudio.openai.impl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sorastudio.openai.impl.ApiJson.MalformedBodyException;
import org.sorastudio.testing.FuzzBounds;

/**
 * The API response parser on any body: each reader gives a value or a {@link MalformedBodyException} (which the client
 * turns into an {@code UnexpectedResponseException}), never another exception, a hang or memory beyond
 * {@link FuzzBounds}; reading an error body never fails at all. Fixed seeds and 400 tries in the suite; ./studio fuzz runs
 * longer.
 */
class ApiJsonFuzzTest {

    @Property(seed = "18")
    void anyBytesGiveAValueOrAMalformedBody(@ForAll("bodies") byte[] body) {
        readAll(body);
    }

    @Property(seed = "1818")
    void anyJsonShapedBodyGivesAValueOrAMalformedBody(@ForAll("apiJson") String body) {
        readAll(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Inputs that once failed: kept as regression tests. */
    @Example
    void bodiesThatOnceFailed() {
        for (String body : List.of(
                // a number Gson refuses to turn into a BigDecimal (its exponent is beyond Gson's limit)
                "{\"id\":\"v\",\"status\":\"queued\",\"seconds\":1e99999}", "{\"id\":1e99999,\"status\":\"queued\"}",
                // a time beyond what Instant can hold
                "{\"id\":\"v\",\"status\":\"queued\",\"created_at\":1e18}",
                "{\"id\":\"v\",\"status\":\"queued\",\"expires_at\":-99999999999999999999}",
                // a number written as a string whose exponent would take gigabytes and minutes to write out in full
                "{\"id\":\"v\",\"status\":\"queued\",\"created_at\":\"1e999999999\"}",
                "{\"id\":\"v\",\"status\":\"queued\",\"seconds\":\"1e999999999\"}",
                "{\"id\":\"v\",\"status\":\"queued\",\"seconds\":\"1e-999999999\"}",
                "{\"data\":[{\"id\":\"m\",\"created\":\"9e9999\"}]}")) {
            readAll(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void readAll(byte[] body) {
        FuzzBounds.within(body.length, () -> {
            ApiJson.error(body);
            read(() -> ApiJson.video(ApiJson.object(body)));
            read(() -> ApiJson.videoPage(ApiJson.object(body)));
            read(() -> ApiJson.deletedVideo(ApiJson.object(body), "video_1"));
            read(() -> ApiJson.models(ApiJson.object(body)));
            read(() -> ApiJson.moderation(ApiJson.object(body)));
        });
    }

    private static void read(Runnable reader) {
        try {
            reader.run();
        } catch (MalformedBodyException expected) {
            // the parser's own error: fine
        }
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Provide
    Arbitrary<String> apiJson() {
        Arbitrary<String> scalar = Arbitraries.of("null", "true", "false", "0", "-1", "8", "8.0", "1.5", "1e99", "1e99999", "-1e99999",
                "1e-99999", "1e18", "99999999999999999999", "\"\"", "\"8\"", "\"ten\"", "\"queued\"", "\"completed\"", "\"1e999999999\"",
                "\"-1e999999999\"", "\"1e-999999999\"", "\"NaN\"", "\"Infinity\"", "\"2026-02-30\"", "\"<html>\"", "{}", "[]", "[1,{}]");
        Arbitrary<String> key = Arbitraries.of("id", "object", "status", "model", "progress", "created_at", "completed_at", "expires_at",
                "prompt", "size", "seconds", "remixed_from_video_id", "error", "code", "message", "data", "first_id", "last_id",
                "has_more", "deleted", "created", "owned_by", "shutdown_date", "results", "flagged", "categories", "category_scores",
                "detail", "type", "param", "x");
        Arbitrary<String> inner = Arbitraries.maps(key, scalar).ofMaxSize(8).map(ApiJsonFuzzTest::object);
        Arbitrary<String> value = Arbitraries.oneOf(scalar, inner, inner.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"));
        return Arbitraries.maps(key, value).ofMaxSize(10).map(ApiJsonFuzzTest::object)
                .flatMap(json -> Arbitraries.oneOf(Arbitraries.just(json), // whole half the time, else cut anywhere
                        Arbitraries.integers().between(0, json.length()).map(cut -> json.substring(0, cut))));
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString();
    }
}
