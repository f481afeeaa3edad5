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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;

class SettingsMigrationTest {

    @TempDir
    Path folder;

    @Test
    void aFileFromBeforeAppearanceRetriesAndLogLevelReadsWithTheirDefaultsAndResetsNothing() throws Exception {
        Path file = write("{\"activeProfile\": \"Offline simulator\", \"profiles\": [], \"parallelJobs\": 3,"
                + " \"maxWaitMinutes\": 45, \"autosaveSeconds\": 60, \"theme\": \"com.formdev.flatlaf.FlatLightLaf\"}");
        SettingsStore store = new SettingsStore(file);

        Settings loaded = store.get();

        assertThat(loaded.parallelJobs()).isEqualTo(3);
        assertThat(loaded.maxWaitMinutes()).isEqualTo(45);
        assertThat(loaded.theme()).isEqualTo("com.formdev.flatlaf.FlatLightLaf");
        assertThat(loaded.fontScalePercent()).isEqualTo(Settings.DEFAULT_FONT_SCALE);
        assertThat(loaded.maxRetries()).isEqualTo(Settings.DEFAULT_MAX_RETRIES);
        assertThat(loaded.logLevel()).isEqualTo(Settings.DEFAULT_LOG_LEVEL);
        assertThat(store.takeResetOnLoad()).isEmpty();
    }

    @Test
    void wrongTypedOutOfRangeAndUnknownValuesAreResetOneByOneAndReportedOnce() throws Exception {
        Path file = write("{\"activeProfile\": \"Gateway\","
                + " \"profiles\": [{\"name\": \"Gateway\", \"baseUrl\": \"https://gw.example/v1\"}],"
                + " \"parallelJobs\": \"four\", \"maxWaitMinutes\": 90, \"autosaveSeconds\": [1, 2],"
                + " \"fontScalePercent\": 400, \"maxRetries\": -2, \"logLevel\": \"LOUD\", \"colourScheme\": \"pink\"}");
        SettingsStore store = new SettingsStore(file);

        Settings loaded = store.get();
        var reset = store.takeResetOnLoad();

        assertThat(loaded.activeProfile()).isEqualTo("Gateway");
        assertThat(loaded.profiles()).extracting(Profile::name).containsExactly("Gateway");
        assertThat(loaded.maxWaitMinutes()).isEqualTo(90);
        assertThat(loaded.parallelJobs()).isEqualTo(Settings.defaults().parallelJobs());
        assertThat(loaded.autosaveSeconds()).isEqualTo(Settings.defaults().autosaveSeconds());
        assertThat(loaded.fontScalePercent()).isEqualTo(Settings.DEFAULT_FONT_SCALE);
        assertThat(loaded.maxRetries()).isEqualTo(Settings.DEFAULT_MAX_RETRIES);
        assertThat(loaded.logLevel()).isEqualTo(Settings.DEFAULT_LOG_LEVEL);
        assertThat(reset).containsExactly("Parallel jobs (was \"four\")", "Autosave interval (was [1,2])",
                "Text size (was 400)", "Retries (was -2)", "Log level (was \"LOUD\")", "colourScheme (unknown, ignored)");
        assertThat(store.takeResetOnLoad()).as("said once").isEmpty();
        SettingsStore nextStart = new SettingsStore(file);
        assertThat(nextStart.get()).as("the migrated settings were written back").isEqualTo(loaded);
        assertThat(nextStart.takeResetOnLoad()).as("the next start is quiet").isEmpty();
    }

    @Test
    void aProfileThatCannotBeReadCostsTheProfilesAndNothingElse() throws Exception {
        Path file = write("{\"profiles\": [{\"baseUrl\": \"https://no-name.example/v1\"}], \"parallelJobs\": 4}");

        SettingsMigration.Result result = SettingsMigration.read(org.sorastudio.core.io.JsonDataFile.read(file));

        assertThat(result.settings().profiles()).isEmpty();
        assertThat(result.settings().parallelJobs()).isEqualTo(4);
        assertThat(result.reset()).singleElement().asString().startsWith("Server profiles (was ");
    }

    private Path write(String json) throws Exception {
        Path file = folder.resolve(SettingsStore.FILE_NAME);
        Files.writeString(file, json);
        return file;
    }
}
