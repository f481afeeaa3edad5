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

import java.util.List;
import java.util.Set;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sorastudio.moderation.api.PromptSafety;
import org.sorastudio.moderation.api.Rewrite;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;
import org.sorastudio.testing.gui.GuiSteps;

/**
 * The rewrite panel's model rewrite in a real window, against the simulator's {@code /responses} over HTTP: asked only
 * on the button, it joins the suggestions chosen with its cost shown; a model the server lacks says so and may be asked
 * again. Nothing is sent for a video either way.
 */
class ModelRewritePanelTest {

    private static final String BLOCKED = "Fireworks explode over the harbour";
    private static SimulatorServer simulator;
    private static VideoApiClient client;
    private FrameFixture window;

    @BeforeAll
    static void start() {
        FailOnThreadViolationRepaintManager.install();
        simulator = SimulatorServer.start(SimulatorConfig.builder().seed(8).moderationWords(Set.of("explode")).build());
        client = VideoApiClient.builder(simulator.baseUrl(), "sk-model-panel").build();
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    @Test
    void theModelsRewriteJoinsTheSuggestionsWithItsCost() {
        open("gpt-4.1-mini");
        long before = simulator.requestCount();
        assertThat(window.list("suggestions").contents()).hasSize(1);

        GuiSteps.press(window.button("askModel"));

        GuiSteps.awaitTrue("the model's rewrite", () -> window.list("suggestions").target().getModel().getSize() == 2);
        window.textBox("prompt").requireText("Fireworks over the harbour");
        assertThat(window.textBox("modelOutcome").text()).matches("Written by gpt-4\\.1-mini: \\d+ tokens \\(\\d+ in, 7 out\\), "
                + "(about \\$0\\.\\d+|less than \\$0\\.00001)\\. Nothing is sent until you press Rewrite & Resend\\.");
        window.button("askModel").requireDisabled();
        assertThat(simulator.requestCount() - before).as("one rewrite, one check of it").isEqualTo(2);
        assertThat(simulator.createRequests()).isZero();
    }

    @Test
    void aModelTheServerLacksIsSaidAndCanBeAskedAgain() {
        open("gpt-none");

        GuiSteps.press(window.button("askModel"));

        GuiSteps.awaitTrue("the answer", () -> window.button("askModel").target().isEnabled()
                && window.textBox("modelOutcome").target().getText().startsWith("This server has no language model"));
        assertThat(window.list("suggestions").contents()).hasSize(1);
        window.textBox("prompt").requireText("Fireworks burst into confetti over the harbour");
    }

    private void open(String model) {
        PromptSafety safety = new PromptSafety(client, List.of());
        JFrame frame = GuiActionRunner.execute(() -> {
            RewritePanel panel = new RewritePanel(BLOCKED,
                    List.of(new Rewrite("Fireworks burst into confetti over the harbour", "Softer words.")),
                    new RewritePanel.ModelRewriteOffer(model, () -> safety.suggestModelRewrite(BLOCKED, null, model)));
            JFrame f = new JFrame("Rewrite");
            f.setContentPane(panel);
            f.setSize(800, 520);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
        GuiSteps.focus(window);
    }
}
