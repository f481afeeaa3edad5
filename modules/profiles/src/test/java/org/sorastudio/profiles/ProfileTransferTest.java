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
package org.sorastudio.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.ProfileTuning;
import org.sorastudio.profiles.api.CredentialStore;
import org.sorastudio.profiles.api.HeadlessCredentialStore;
import org.sorastudio.profiles.api.ProfileFileException;
import org.sorastudio.profiles.api.ProfileTransfer;

/** Profiles to a file and back without their secrets, and every way a file can be refused. */
class ProfileTransferTest {

    private static final String KEY = "sk-test-not-a-real-key";
    private static final String HEADER_VALUE = "gateway-header-secret-42";
    private static final Profile WORK = new Profile("Work gateway", "https://gw.example.com/openai/v1", "org-1", "proj-1",
            List.of("x-gateway-key"), new ProfileTuning(2, 8, 1000, 30000, 50, 20));
    private static final Profile PERSONAL = new Profile("Personal", "https://api.openai.com/v1", null, null, List.of());

    @TempDir
    Path folder;

    private HeadlessCredentialStore keys;

    @BeforeEach
    void keysForWork() {
        keys = new HeadlessCredentialStore(Map.of(), folder.resolve("credentials.properties"));
        keys.save(WORK.keyringKey(), KEY, "test");
        keys.save(CredentialStore.headerKey(WORK, "x-gateway-key"), HEADER_VALUE, "test");
    }

    @Test
    void aRoundTripKeepsEverySettingAndTheFileHoldsNoSecret() throws Exception {
        Path file = folder.resolve("profiles.json");
        new ProfileTransfer(keys).export(List.of(Profile.offlineSimulator(), WORK, PERSONAL), file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(KEY).doesNotContain(HEADER_VALUE).doesNotContain("sk-")
                .contains("\"format\": \"sorastudio-profiles\"", "\"version\": 1", "x-gateway-key", "\"pollSeconds\": 20")
                .doesNotContain(Profile.OFFLINE_SIMULATOR);

        HeadlessCredentialStore elsewhere = new HeadlessCredentialStore(Map.of(), folder.resolve("other.properties"));
        ProfileTransfer.Result result = new ProfileTransfer(elsewhere).importFrom(file, List.of());

        assertThat(result.profiles()).containsExactly(WORK, PERSONAL);
        assertThat(result.unchanged()).isEmpty();
        assertThat(result.needingSecrets()).hasSize(2);
        assertThat(result.imported().get(0).missingHeaders()).containsExactly("x-gateway-key");
        assertThat(result.imported()).allMatch(ProfileTransfer.Imported::needsKey).noneMatch(ProfileTransfer.Imported::renamed);
    }

    @Test
    void aNameClashComesInAsNameTwoAndTheSameProfileAgainChangesNothing() throws Exception {
        Path file = folder.resolve("profiles.json");
        Profile otherWork = new Profile("Work gateway", "https://other.example.com/v1", null, null, List.of());
        new ProfileTransfer(keys).export(List.of(WORK, PERSONAL), file);
        Path clashing = folder.resolve("clash.json");
        new ProfileTransfer(keys).export(List.of(otherWork), clashing);

        ProfileTransfer.Result again = new ProfileTransfer(keys).importFrom(file, List.of(WORK, PERSONAL));
        assertThat(again.imported()).isEmpty();
        assertThat(again.unchanged()).containsExactly("Work gateway", "Personal");
        assertThat(again.profiles()).containsExactly(WORK, PERSONAL);

        ProfileTransfer.Result clash = new ProfileTransfer(keys).importFrom(clashing, List.of(WORK, PERSONAL));
        assertThat(clash.profiles()).extracting(Profile::name).containsExactly("Work gateway", "Personal", "Work gateway (2)");
        assertThat(clash.imported()).singleElement().satisfies(imported -> {
            assertThat(imported.renamed()).isTrue();
            assertThat(imported.profile().baseUrl()).isEqualTo("https://other.example.com/v1");
            assertThat(imported.needsKey()).as("the key of \"Work gateway\" is not the new profile's").isTrue();
        });
        ProfileTransfer.Result clashAgain = new ProfileTransfer(keys).importFrom(clashing, clash.profiles());
        assertThat(clashAgain.profiles()).as("imported before as \"Work gateway (2)\"").isEqualTo(clash.profiles());
        assertThat(clashAgain.unchanged()).containsExactly("Work gateway");
    }

    @Test
    void aProfileWhoseKeyIsStoredAlreadyIsNotListedAsNeedingOne() throws Exception {
        Path file = folder.resolve("profiles.json");
        new ProfileTransfer(keys).export(List.of(WORK), file);

        ProfileTransfer.Result result = new ProfileTransfer(keys).importFrom(file, List.of(PERSONAL));

        assertThat(result.imported()).singleElement().satisfies(imported -> {
            assertThat(imported.needsKey()).isFalse();
            assertThat(imported.missingHeaders()).isEmpty();
        });
        assertThat(result.needingSecrets()).isEmpty();
    }

    @Test
    void anOlderFileWithoutPollingLoadsWithTheQueuesOwnTiming() throws Exception {
        Path file = write("old.json", "{\"format\": \"sorastudio-profiles\", \"version\": 1, \"profiles\": [{\"name\": \"Old\", "
                + "\"baseUrl\": \"https://old.example/v1\", \"tuning\": {\"parallelJobs\": 1, \"retries\": 3, \"baseDelayMillis\": 500, "
                + "\"maxDelayMillis\": 8000, \"jitterPercent\": 100}}]}");

        Profile old = new ProfileTransfer(keys).importFrom(file, List.of()).profiles().get(0);

        assertThat(old.tuning()).isEqualTo(new ProfileTuning(1, 3, 500, 8000, 100, 0));
    }

    @Test
    void badFilesAreRefusedWithWhatIsWrongAndNothingIsImported() throws Exception {
        ProfileTransfer transfer = new ProfileTransfer(keys);

        assertRefused(transfer, write("broken.json", "{\"format\": \"sorastudio-profiles\", \"version\": 1, \"profiles\": ["),
                ProfileFileException.Reason.UNREADABLE, "");
        assertRefused(transfer, write("empty.json", ""), ProfileFileException.Reason.UNREADABLE, "the file is empty");
        assertRefused(transfer, folder.resolve("missing.json"), ProfileFileException.Reason.UNREADABLE, "does not exist");
        assertRefused(transfer, write("project.json", "{\"shots\": []}"), ProfileFileException.Reason.NOT_PROFILES,
                "is it a profiles file exported by Sora Studio?");
        assertRefused(transfer, write("newer.json", "{\"format\": \"sorastudio-profiles\", \"version\": 3, \"profiles\": []}"),
                ProfileFileException.Reason.NEWER_VERSION, "format version 3; this one reads up to 1): update Sora Studio");
        assertRefused(transfer, write("invalid.json", "{\"format\": \"sorastudio-profiles\", \"version\": 1, \"profiles\": ["
                + "{\"name\": \"Ftp\", \"baseUrl\": \"ftp://files.example\"},"
                + "{\"baseUrl\": \"https://x.example/v1\"},"
                + "{\"name\": \"Greedy\", \"baseUrl\": \"https://x.example/v1\", \"tuning\": {\"parallelJobs\": 99}},"
                + "{\"name\": \"Fine\", \"baseUrl\": \"https://x.example/v1\", \"extraHeaderNames\": [\"bad header\"]},"
                + "{\"name\": \"Offline simulator\", \"baseUrl\": \"https://x.example/v1\"}]}"),
                ProfileFileException.Reason.INVALID_PROFILES, "profile 1 (\"Ftp\"): \"ftp://files.example\" is not an http(s) base URL");
        ProfileFileException invalid = refusal(transfer, folder.resolve("invalid.json"));
        assertThat(invalid.detail()).contains("profile 2: it has no name", "profile 3 (\"Greedy\"): Parallel jobs must be 0",
                "profile 4 (\"Fine\"): \"bad header\" is not a header name", "profile 5 (\"Offline simulator\"): ");
    }

    private void assertRefused(ProfileTransfer transfer, Path file, ProfileFileException.Reason reason, String detail) {
        ProfileFileException refusal = refusal(transfer, file);
        assertThat(refusal.reason()).as(refusal.getMessage()).isEqualTo(reason);
        assertThat(refusal.detail()).contains(detail);
        assertThat(refusal.getMessage()).startsWith(file.toString());
    }

    private static ProfileFileException refusal(ProfileTransfer transfer, Path file) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> transfer.importFrom(file, List.of(PERSONAL)));
        assertThat(thrown).isInstanceOf(ProfileFileException.class);
        return (ProfileFileException) thrown;
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void exportingAgainReplacesTheFileWhole() throws Exception {
        Path file = folder.resolve("profiles.json");
        new ProfileTransfer(keys).export(List.of(WORK, PERSONAL), file);
        new ProfileTransfer(keys).export(List.of(PERSONAL), file);

        assertThat(new ProfileTransfer(keys).importFrom(file, List.of()).profiles()).containsExactly(PERSONAL);
        assertThatThrownBy(() -> new ProfileTransfer(keys).export(List.of(WORK), folder)).isInstanceOf(java.io.IOException.class);
    }
}
