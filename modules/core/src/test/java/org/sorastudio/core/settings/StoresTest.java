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
package org.sorastudio.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.core.model.PostProcessingSettings;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.ProfileTuning;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.model.StudioState;

class StoresTest {

    @TempDir
    Path folder;

    @Test
    void settingsRoundTripAndNotifyListeners() throws Exception {
        Path file = folder.resolve("config.json");
        Profile gateway = new Profile("Gateway", "https://gw.example/v1", "org-1", "proj-1", List.of("x-litellm-key"));
        Settings settings = new Settings("Gateway", List.of(gateway), "/videos", 4, 45, 30, "com.formdev.flatlaf.FlatLightLaf");
        SettingsStore store = new SettingsStore(file);
        AtomicReference<Settings> heard = new AtomicReference<>();
        store.addListener(heard::set);

        store.update(settings);

        assertThat(heard.get()).isEqualTo(settings);
        assertThat(new SettingsStore(file).get()).isEqualTo(settings);
        assertThat(Files.readString(file)).doesNotContainIgnoringCase("apiKey");
    }

    @Test
    void aSettingsFileFromBeforePostProcessingLoadsWithNoHooksAndTheDefaultThreshold() throws Exception {
        Path file = folder.resolve("config.json");
        Files.writeString(file, "{\"activeProfile\": \"Offline simulator\", \"profiles\": [], \"parallelJobs\": 3,"
                + " \"maxWaitMinutes\": 30, \"autosaveSeconds\": 60}");

        Settings loaded = new SettingsStore(file).get();

        assertThat(loaded.parallelJobs()).isEqualTo(3);
        assertThat(loaded.postProcessing()).isEqualTo(PostProcessingSettings.defaults());
    }

    @Test
    void aProfilesTuningRoundTripsAndAProfileFromBeforeTuningLoadsWithTheDefaults() throws Exception {
        Path file = folder.resolve("config.json");
        Files.writeString(file, "{\"activeProfile\": \"Gateway\", \"profiles\": [{\"name\": \"Gateway\","
                + " \"baseUrl\": \"https://gw.example/v1\", \"extraHeaderNames\": []}], \"parallelJobs\": 3,"
                + " \"maxWaitMinutes\": 30, \"autosaveSeconds\": 60}");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.get().profiles().get(0).tuning()).isEqualTo(ProfileTuning.DEFAULTS);

        ProfileTuning slow = new ProfileTuning(1, 8, 2000, 30_000, 50);
        store.update(new Settings("Gateway", List.of(store.get().profiles().get(0).withTuning(slow)), null, 3, 30, 60, null));

        assertThat(new SettingsStore(file).get().profiles().get(0).tuning()).isEqualTo(slow);
        assertThat(slow.parallelJobsOr(3)).isEqualTo(1);
        assertThat(ProfileTuning.DEFAULTS.parallelJobsOr(3)).isEqualTo(3);
    }

    @Test
    void aTuningFromBeforePollingLoadsWithTheQueuesOwnTimingAndAPollingIntervalRoundTrips() throws Exception {
        Path file = folder.resolve("config.json");
        Files.writeString(file, "{\"profiles\": [{\"name\": \"Gateway\", \"baseUrl\": \"https://gw.example/v1\", \"tuning\": "
                + "{\"parallelJobs\": 1, \"retries\": 8, \"baseDelayMillis\": 2000, \"maxDelayMillis\": 30000, \"jitterPercent\": 50}}]}");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.get().profiles().get(0).tuning()).isEqualTo(new ProfileTuning(1, 8, 2000, 30_000, 50, 0));

        ProfileTuning polite = new ProfileTuning(1, 8, 2000, 30_000, 50, 30);
        store.update(store.get().withProfiles("Gateway", List.of(store.get().profiles().get(0).withTuning(polite))));

        assertThat(new SettingsStore(file).get().profiles().get(0).tuning().pollSeconds()).isEqualTo(30);
    }

    @Test
    void hooksRoundTripAndAnUpdateOfOnePartKeepsTheOthers() throws Exception {
        Path file = folder.resolve("config.json");
        SettingsStore store = new SettingsStore(file);
        store.update(new Settings(Profile.OFFLINE_SIMULATOR, List.of(), "/videos", 5, 30, 60, null));
        HookStep gif = new HookStep("Make GIF", List.of("{ffmpeg}", "-i", "{clip}", "{dir}/{stem}.gif"), 60, true);

        store.update(current -> current.withPostProcessing(new PostProcessingSettings(List.of(gif), 500)));

        Settings reread = new SettingsStore(file).get();
        assertThat(reread.outputDirectory()).isEqualTo("/videos");
        assertThat(reread.parallelJobs()).isEqualTo(5);
        assertThat(reread.postProcessing().hooks()).containsExactly(gif);
        assertThat(reread.postProcessing().freeSpaceThresholdMb()).isEqualTo(500);
    }

    @Test
    void missingSettingsAreDefaults() {
        assertThat(new SettingsStore(folder.resolve("none.json")).get()).isEqualTo(Settings.defaults());
    }

    @Test
    void brokenSettingsFallBackToTheBackupWithoutOverwritingTheBrokenFile() throws Exception {
        Path file = folder.resolve("config.json");
        SettingsStore first = new SettingsStore(file);
        first.update(Settings.defaults());
        Settings tuned = new Settings(Profile.OFFLINE_SIMULATOR, List.of(), null, 6, 30, 60, null);
        first.update(tuned);
        Files.writeString(file, "{\"parallelJobs\": 6, \"activeProf");

        assertThat(new SettingsStore(file).get()).isEqualTo(Settings.defaults());
        assertThat(Files.readString(file)).isEqualTo("{\"parallelJobs\": 6, \"activeProf");
    }

    @Test
    void studioStateIsRestored() throws Exception {
        Path file = folder.resolve("state.json");
        StudioState state = new StudioState("A red kite over dunes", "sora-2-pro", "1024x1792", 12, "/p/x.sorastudio");
        new StudioStateStore(file).save(state);
        assertThat(new StudioStateStore(file).load()).isEqualTo(state);
    }

    @Test
    void unreadableStudioStateStartsFresh() throws Exception {
        Path file = folder.resolve("state.json");
        Files.writeString(file, "nonsense");
        assertThat(new StudioStateStore(file).load()).isEqualTo(StudioState.initial());
    }
}
