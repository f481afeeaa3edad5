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
package org.sorastudio.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.capabilities.api.CapabilityTable;
import org.sorastudio.capabilities.impl.TableVideoLimits;
import org.sorastudio.core.spi.VideoLimits.Limits;

/** Extension and character limits: the table's, a user's file over them, and a server's refusal over both. */
class TableVideoLimitsTest {

    @TempDir
    Path folder;

    @Test
    void theBundledTableOffersTheDescriptionsLengthsAndTheCharacterLimits() {
        Limits limits = new TableVideoLimits(CapabilityTable.load(null), folder.resolve("answers.json")).limits("Offline");

        assertThat(limits.extensionSeconds()).containsExactly(4, 8, 12, 16, 20);
        assertThat(limits.characterClipMinSeconds()).isEqualTo(2);
        assertThat(limits.characterClipMaxSeconds()).isEqualTo(4);
        assertThat(limits.characterNameMaxLength()).isEqualTo(80);
        assertThat(limits.allowsExtension(16)).isTrue();
        assertThat(limits.allowsExtension(5)).isFalse();
    }

    @Test
    void aUsersFileReplacesSingleValuesAndKeepsTheModels() throws Exception {
        Path user = Files.writeString(folder.resolve(CapabilityTable.FILE_NAME),
                "{\"extensions\": {\"seconds\": [4, 8]}, \"characters\": {\"nameMaxLength\": 40}}");

        CapabilityTable table = CapabilityTable.load(user);

        assertThat(table.userFileProblem()).isEmpty();
        assertThat(table.limits()).isEqualTo(new Limits(List.of(4, 8), 2, 4, 40));
        assertThat(table.find("sora-2")).isPresent();
    }

    @Test
    void aServersRefusalListingItsLengthsWinsForThatProfileAndIsRemembered() {
        Path answers = folder.resolve("answers.json");
        TableVideoLimits limits = new TableVideoLimits(CapabilityTable.load(null), answers);

        limits.serverRefused("OpenAI", "extension", "seconds", "Invalid value: '16'. Supported values are: '4', '8', and '12'.");
        limits.serverRefused("OpenAI", "extension", "prompt", "Supported values are: '1'.");

        assertThat(limits.limits("OpenAI").extensionSeconds()).containsExactly(4, 8, 12);
        assertThat(limits.limits("Offline").extensionSeconds()).containsExactly(4, 8, 12, 16, 20);
        assertThat(new TableVideoLimits(CapabilityTable.load(null), answers).limits("OpenAI").extensionSeconds())
                .as("read back after a restart").containsExactly(4, 8, 12);
    }
}
