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
package org.sorastudio.profiles.ui.switcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sorastudio.testing.gui.GuiSteps.awaitTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.ProfileTuning;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.profiles.api.HeadlessCredentialStore;
import org.sorastudio.profiles.impl.DefaultApiConnections;
import org.sorastudio.profiles.impl.ProfileClientProvider;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;
import org.sorastudio.testing.gui.GuiSteps;

/**
 * Issue 13's "done when", the studio's half: while a job of the first profile renders, the toolbar switches to a second
 * profile with other limits; the first job keeps going on the first profile's client and server, the next job goes to
 * the second's server with its key, and the queue takes the second profile's limits. Two simulators that each accept only
 * their own profile's key, the real profiles-to-client path ({@code DefaultApiConnections}), a real render queue that
 * follows the settings as the studio's does, and the real switcher in a window.
 */
class ProfileSwitchWhileRunningTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void checkEdtUse() {
        FailOnThreadViolationRepaintManager.install();
    }

    @Test
    void jobsOfTheFirstProfileFinishWhereTheyStartedAndTheNextGoesToTheProfileChosenInTheToolbar() throws Exception {
        try (SimulatorServer studioServer = SimulatorServer.start(SimulatorConfig.builder().seed(1).renderMillisPerVideoSecond(1500)
                .validKeys(Set.of("sk-studio")).build());
                SimulatorServer gatewayServer = SimulatorServer.start(SimulatorConfig.builder().seed(2).renderMillisPerVideoSecond(100)
                        .validKeys(Set.of("sk-gateway")).build())) {
            Profile studio = new Profile("Studio", studioServer.baseUrl().toString(), null, null, List.of())
                    .withTuning(new ProfileTuning(3, 5, 500, 8000, 100, 0));
            Profile gateway = new Profile("Gateway", gatewayServer.baseUrl().toString(), null, null, List.of())
                    .withTuning(new ProfileTuning(1, 2, 1000, 4000, 0, 2));
            SettingsStore settings = new SettingsStore(folder.resolve("config.json"));
            settings.update(new Settings("Studio", List.of(studio, gateway), null, 2, 30, 60, null));
            HeadlessCredentialStore keys = new HeadlessCredentialStore(Map.of(), folder.resolve("credentials.properties"));
            keys.save(studio.keyringKey(), "sk-studio", "test");
            keys.save(gateway.keyringKey(), "sk-gateway", "test");
            ProfileClientProvider clients = new ProfileClientProvider(new DefaultApiConnections(settings, keys));
            Path clips = folder.resolve("clips");
            RenderQueue queue = RenderQueue.open(folder.resolve("project.sorastudio.queue.json"), QueueOptions.of(settings.get(), clips),
                    clients);
            settings.addListener(changed -> queue.updateOptions(QueueOptions.of(changed, clips)));
            FrameFixture window = switcher(settings, keys);
            try {
                String first = queue.enqueue(List.of(spec("shot-1", settings.get().activeProfile()))).get(0);
                awaitTrue("the first job renders on the studio's server",
                        () -> queue.job(first).orElseThrow().state() == JobState.IN_PROGRESS);
                VideoApiClient studioClient = clients.clientFor("Studio");
                assertThat(queue.options().parallelJobs()).isEqualTo(3);

                awaitTrue("profiles listed", () -> combo(window).getItemCount() == 3);
                window.comboBox("profileSwitcher").selectItem(2);
                awaitTrue("the studio switched", () -> settings.get().activeProfile().equals("Gateway"));
                awaitTrue("the queue took the gateway's limits", () -> queue.options().parallelJobs() == 1);
                long studioRequestsAtSwitch = studioServer.requestCount();
                String second = queue.enqueue(List.of(spec("shot-2", settings.get().activeProfile()))).get(0);

                assertThat(queue.awaitIdle(Duration.ofSeconds(90))).isTrue();
                assertThat(queue.job(first).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
                assertThat(queue.job(second).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
                assertThat(queue.job(first).orElseThrow().spec().profile()).isEqualTo("Studio");
                assertThat(queue.job(second).orElseThrow().spec().profile()).isEqualTo("Gateway");
                assertThat(studioServer.acceptedCreates()).isEqualTo(1);
                assertThat(gatewayServer.acceptedCreates()).isEqualTo(1);
                assertThat(studioServer.requestCount()).as("the first job's checks and download after the switch")
                        .isGreaterThan(studioRequestsAtSwitch);
                assertThat(clients.clientFor("Studio")).as("the first profile's client, not a new one").isSameAs(studioClient);
                assertThat(queue.options().pollIntervalFor("Gateway")).isEqualTo(Duration.ofSeconds(2));
            } finally {
                window.cleanUp();
                queue.shutdown(Duration.ofSeconds(10));
            }
        }
    }

    private static JobSpec spec(String shot, String profile) {
        return new JobSpec(shot, "A lighthouse at dawn, " + shot, "sora-2", "1280x720", 4, null, profile);
    }

    private static FrameFixture switcher(SettingsStore settings, HeadlessCredentialStore keys) {
        ProfileChoices choices = new ProfileChoices(settings, keys);
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("Generate with");
            f.setContentPane(ProfileSwitcherAction.presenter(choices));
            f.setSize(600, 120);
            return f;
        });
        FrameFixture window = new FrameFixture(frame);
        window.show();
        GuiSteps.focus(window);
        return window;
    }

    @SuppressWarnings("unchecked")
    private static JComboBox<ProfileEntry> combo(FrameFixture window) {
        return (JComboBox<ProfileEntry>) window.comboBox("profileSwitcher").target();
    }
}
