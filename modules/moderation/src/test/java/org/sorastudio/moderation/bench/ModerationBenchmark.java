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
package org.sorastudio.moderation.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.sorastudio.moderation.api.PreflightReport;
import org.sorastudio.moderation.api.PromptSafety;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/**
 * The preflight of a 1,000-row batch against a simulator limited to 120 requests a minute: how many
 * requests it takes (against one per row), how long, whether it stayed within the limit (429s
 * answered), and whether every row holding one of the simulator's blocked words was caught.
 */
public final class ModerationBenchmark {

    private static final int ROWS = 1000;
    private static final List<String> BLOCKED_WORDS = List.of("explode", "massacre", "forbidden");
    private static final String[] ANIMALS = {"fox", "owl", "seal", "heron", "lynx", "otter", "crane", "badger"};
    private static final String[] PLACES = {"forest", "harbour", "dunes", "glacier", "meadow", "canyon", "reef"};

    private ModerationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> prompts = new ArrayList<>(ROWS);
        int expectedBlocked = 0;
        for (int row = 0; row < ROWS; row++) {
            String prompt = String.format(Locale.ROOT, "A %s in the %s, shot %d", ANIMALS[row % ANIMALS.length],
                    PLACES[row % PLACES.length], row);
            if (row % 25 == 3) {
                prompt += " as the ridge behind it starts to " + BLOCKED_WORDS.get(row % BLOCKED_WORDS.size());
                expectedBlocked++;
            }
            prompts.add(prompt);
        }
        AtomicInteger refused = new AtomicInteger();
        try (SimulatorServer simulator = SimulatorServer.start(SimulatorConfig.builder().seed(3).requestsPerMinute(120)
                .moderationWords(Set.copyOf(BLOCKED_WORDS)).build());
             VideoApiClient client = VideoApiClient.builder(simulator.baseUrl(), "sk-bench").build()) {
            client.addRateLimitListener(snapshot -> {
                if (snapshot.statusCode() == 429) {
                    refused.incrementAndGet();
                }
            });
            long start = System.nanoTime();
            PreflightReport report = new PromptSafety(client, List.of()).preflight(prompts);
            long wallMs = (System.nanoTime() - start) / 1_000_000;

            int caught = report.blocked().size();
            System.out.printf(Locale.ROOT, "Preflight of %d rows: %d moderation requests (%.3f per row), %d ms, %d refused with 429%n",
                    ROWS, report.requests(), report.requests() / (double) ROWS, wallMs, refused.get());
            System.out.printf(Locale.ROOT, "Blocked rows caught before submission: %d of %d%n", caught, expectedBlocked);
            System.out.printf(Locale.ROOT, "RESULT rows=%d requests=%d requests_per_row=%.3f wall_ms=%d rate_limited=%d "
                    + "blocked_caught=%d blocked_expected=%d caught_ratio=%.2f%n", ROWS, report.requests(),
                    report.requests() / (double) ROWS, wallMs, refused.get(), caught, expectedBlocked, caught / (double) expectedBlocked);
        }
    }
}
