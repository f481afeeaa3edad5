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
package org.sorastudio.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sorastudio.core.model.Failure;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** "Check every prompt before it is sent", against the simulator's /moderations over HTTP. */
class PreflightObserverTest {

    private static SimulatorServer simulator;
    private static VideoApiClient client;
    private final List<String> questions = new ArrayList<>();

    @BeforeAll
    static void start() {
        simulator = SimulatorServer.start(SimulatorConfig.builder().seed(4).moderationWords(Set.of("explode")).build());
        client = VideoApiClient.builder(simulator.baseUrl(), "sk-preflight").build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void blockedShotsAreListedAndSentOnlyIfTheUserSaysSo() {
        List<JobSpec> jobs = List.of(job("A calm lake at dawn"), job("The dam will explode at noon"), job("A heron in reeds"));

        boolean refused = observer(true, List.of(), false).beforeEnqueue(null, jobs);
        boolean accepted = observer(true, List.of(), true).beforeEnqueue(null, jobs);

        assertThat(refused).isFalse();
        assertThat(accepted).isTrue();
        assertThat(questions.get(0)).startsWith("1 of 3 shots would be blocked")
                .contains("• The dam will explode at noon (violence)").contains("Send all 3 anyway?");
        assertThat(simulator.createRequests()).isZero();
    }

    @Test
    void shotsTheUserKeepsBackCarryWhyForTheShotEditor() {
        Optional<Failure> held = observer(true, List.of(), false).holdBack(null, List.of(job("The dam will explode at noon")));

        assertThat(held).get().satisfies(failure -> {
            assertThat(failure.kind()).isEqualTo(Failure.Kind.MODERATION);
            assertThat(failure.message()).startsWith("Held back before sending: 1 of 1 shots would be blocked")
                    .contains("• The dam will explode at noon (violence)");
        });
        assertThat(observer(true, List.of(), true).holdBack(null, List.of(job("The dam will explode at noon")))).isEmpty();
    }

    @Test
    void watchedWordsAreListedEvenWhenTheServerPassesThem() {
        boolean sent = observer(true, List.of("heron"), false).beforeEnqueue(null, List.of(job("A heron in reeds")));

        assertThat(sent).isFalse();
        assertThat(questions.get(0)).contains("• A heron in reeds (\"heron\")");
    }

    @Test
    void cleanShotsGoWithoutAQuestionAndTheSettingOffAsksNobody() {
        long before = simulator.requestCount();

        assertThat(observer(true, List.of(), false).beforeEnqueue(null, List.of(job("A calm lake")))).isTrue();
        long checked = simulator.requestCount() - before;
        assertThat(observer(false, List.of(), false).beforeEnqueue(null, List.of(job("The dam will explode")))).isTrue();

        assertThat(questions).isEmpty();
        assertThat(checked).isEqualTo(1);
        assertThat(simulator.requestCount() - before).as("nothing asked with the setting off").isEqualTo(1);
    }

    @Test
    void aServerThatCannotCheckLetsTheShotsGo() {
        PreflightObserver noServer = new PreflightObserver(() -> new SafetyPreferences(true, List.of()), profile -> null,
                (question, title) -> questions.add(question) && false);

        assertThat(noServer.beforeEnqueue(null, List.of(job("The dam will explode")))).isTrue();
        assertThat(questions).isEmpty();
    }

    private PreflightObserver observer(boolean check, List<String> watched, boolean answer) {
        return new PreflightObserver(() -> new SafetyPreferences(check, watched), profile -> client,
                (question, title) -> questions.add(question) && answer);
    }

    private static JobSpec job(String prompt) {
        return new JobSpec(null, prompt, "sora-2", "1280x720", 4, null, "Offline simulator");
    }
}
