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
package org.sorastudio.diagnostics.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;
import org.sorastudio.testing.gui.KeyboardWalk;

/** Help > Diagnostics in a real window, checking a real server (the simulator over HTTP). */
class DiagnosticsPanelTest {

    @TempDir
    Path folder;
    private FrameFixture window;
    private DiagnosticsPanel panel;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private void show(ApiClientProvider connections, DiagnosticsPanel.BundleWriter bundle) {
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new DiagnosticsPanel(connections, folder, bundle);
            JFrame f = new JFrame("Diagnostics test");
            f.setContentPane(panel);
            f.setSize(900, 400);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
    }

    private void await(String what, Supplier<Boolean> condition) {
        pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(condition::get);
            }
        }, timeout(20_000));
    }

    @Test
    void showsTheActiveServersAnswerTimesModelsKeyLimitsAndFreeSpace() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().seed(1).requestsPerMinute(600).build());
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), "sk-diagnostics").build()) {
            show(provider(client), zip -> { });

            await("the server was checked", () -> window.label("latency").target().getText().contains("ms fastest"));
            assertThat(window.label("latency").text()).endsWith("(5 answers)");
            assertThat(window.label("profile").text()).isEqualTo("Work");
            assertThat(window.label("server").text()).isEqualTo(server.baseUrl().toString());
            assertThat(window.label("models").text()).contains("sora-2");
            assertThat(window.label("key").text()).isEqualTo("accepted");
            assertThat(window.label("limits").text()).matches("\\d+ of 600 requests left, full again in .*");
            assertThat(window.textBox("notices").text()).isEqualTo("none announced");
            await("the disk was checked", () -> window.label("disk").target().getText().endsWith(" GB"));
        }
    }

    @Test
    void showsWhatTheServerAnnouncedAsDeprecatedOnItsVideosAndModels() {
        SimulatorConfig config = SimulatorConfig.builder().seed(2).renderMillisPerVideoSecond(1)
                .modelSunsets(Map.of("sora-2-pro", LocalDate.of(2027, 3, 1))).build();
        try (SimulatorServer server = SimulatorServer.start(config);
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), "sk-diagnostics").build()) {
            client.create(CreateVideoRequest.of("A clip of a model on its way out", "sora-2-pro", 4, "1280x720"));
            show(provider(client), zip -> { });

            await("the server was checked", () -> window.label("latency").target().getText().contains("ms fastest"));
            assertThat(window.textBox("notices").text())
                    .isEqualTo("POST /videos is deprecated; it ends on 2027-03-01\nmodel sora-2-pro is deprecated; it ends on 2027-03-01");
        }
    }

    @Test
    void everyControlIsNamedAndReachedWithTheKeyboard() {
        try (SimulatorServer server = SimulatorServer.start(SimulatorConfig.builder().seed(1).build());
             VideoApiClient client = VideoApiClient.builder(server.baseUrl(), "sk-diagnostics").build()) {
            show(provider(client), zip -> { });
            await("the server was checked", () -> window.label("latency").target().getText().contains("ms fastest"));
            KeyboardWalk.walk(window);
        }
    }

    @Test
    void withoutAnyProviderOfConnectionsItSaysWhy() {
        show(null, zip -> { });

        await("the rows say why", () -> window.label("server").target().getText().startsWith("No module provides server connections"));
    }

    @Test
    void savesTheBundleAndSaysWhere() throws Exception {
        show(null, zip -> Files.writeString(zip, "bundle"));
        Path zip = folder.resolve("report.zip");

        GuiActionRunner.execute(() -> panel.saveBundle(zip)).waitFinished();

        await("the result is shown", () -> window.label("result").target().getText().startsWith("Saved "));
        assertThat(window.label("result").text()).isEqualTo("Saved " + zip + "; it holds no keys.");
        assertThat(zip).hasContent("bundle");
    }

    private static ApiClientProvider provider(VideoApiClient client) {
        return new ApiClientProvider() {
            @Override
            public VideoApiClient clientFor(String profileName) {
                return client;
            }

            @Override
            public String activeProfile() {
                return "Work";
            }
        };
    }
}
