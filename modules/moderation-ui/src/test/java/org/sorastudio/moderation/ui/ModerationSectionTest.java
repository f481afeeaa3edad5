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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.FailedWork;
import org.sorastudio.core.spi.FailureSection.Section;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** The error panel's moderation section, asking the simulator's /moderations over HTTP. */
class ModerationSectionTest {

    private static final String PROMPT = "Fireworks explode over the harbour";
    private static final Shot SHOT = new Shot("shot-7", PROMPT, "sora-2", "1280x720", 8, null, Map.of());

    private static SimulatorServer simulator;
    private static VideoApiClient client;
    private final List<Shot> queued = new ArrayList<>();
    private final GenerationQueue queue = queued::addAll;

    @BeforeAll
    static void start() {
        simulator = SimulatorServer.start(SimulatorConfig.builder().seed(2).moderationWords(Set.of("explode")).build());
        client = VideoApiClient.builder(simulator.baseUrl(), "sk-section").build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void aBlockedPromptIsExplainedWithItsCategoryItsWordAndAWayToResend() {
        Section section = new ModerationSection(profile -> client, () -> queue).sectionFor(blocked(SHOT)).orElseThrow();

        assertThat(section.title()).isEqualTo("Why it was blocked");
        assertThat(section.text()).contains("Flagged: violence (0.97)", "Because of: \"explode\"", "2 rewrites to try");
        assertThat(section.actions()).extracting(a -> a.label()).containsExactly("Rewrite & Resend…");
    }

    @Test
    void resendingSendsTheSameShotWithTheNewPromptOnly() {
        RewriteDialog.resend(SHOT, "Fireworks burst into confetti over the harbour", queue);

        assertThat(queued).containsExactly(new Shot("shot-7", "Fireworks burst into confetti over the harbour", "sora-2",
                "1280x720", 8, null, Map.of()));
    }

    @Test
    void withoutAServerTheRewritesStillComeAndTheReasonIsSaid() {
        Section section = new ModerationSection(profile -> null, () -> queue).sectionFor(blocked(SHOT)).orElseThrow();

        assertThat(section.text()).contains("cannot be asked", "Rewrite & Resend");
        assertThat(section.actions()).hasSize(1);
    }

    @Test
    void otherFailuresAndWorkThatIsNoShotGetNoResend() {
        FailedWork refused = new FailedWork("A lake", "A lake", "Offline simulator", null,
                Failure.of(Failure.Kind.QUOTA, "quota used up"), SHOT);
        FailedWork extension = new FailedWork("More", PROMPT, "Offline simulator", "video_1",
                Failure.of(Failure.Kind.MODERATION, "blocked by moderation"));

        assertThat(new ModerationSection(profile -> client, () -> queue).sectionFor(refused)).isEmpty();
        assertThat(new ModerationSection(profile -> client, () -> queue).sectionFor(extension).orElseThrow().actions()).isEmpty();
        assertThat(new ModerationSection(profile -> client, () -> null).sectionFor(blocked(SHOT)).orElseThrow().actions()).isEmpty();
    }

    private static FailedWork blocked(Shot shot) {
        return new FailedWork(shot.prompt(), shot.prompt(), "Offline simulator", "video_1",
                Failure.of(Failure.Kind.MODERATION, "blocked by moderation: Your request was blocked by our moderation system."), shot);
    }
}
