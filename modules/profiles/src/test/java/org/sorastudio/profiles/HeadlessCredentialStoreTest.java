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

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.core.model.Profile;
import org.sorastudio.profiles.api.CredentialStore;
import org.sorastudio.profiles.api.HeadlessCredentialStore;

/** Keys and gateway headers where no keyring exists: the environment first, then an owner-only file. */
class HeadlessCredentialStoreTest {

    private static final Profile GATEWAY = new Profile("Work gateway", "https://gw.example/v1", null, null, List.of("x-team"));

    @TempDir
    Path folder;

    @Test
    void theProfilesOwnVariableComesFirstThenTheFileThenOpenAisVariable() throws Exception {
        Path file = folder.resolve("credentials.properties");
        HeadlessCredentialStore store = new HeadlessCredentialStore(Map.of("SORA_STUDIO_KEY_WORK_GATEWAY", "sk-from-env",
                "OPENAI_API_KEY", "sk-openai", "SORA_STUDIO_HEADER_WORK_GATEWAY_X_TEAM", "studio"), file);

        assertThat(store.read(GATEWAY.keyringKey())).contains("sk-from-env");
        assertThat(store.read(CredentialStore.headerKey(GATEWAY, "x-team"))).contains("studio");
        Profile other = new Profile("Personal", "https://api.openai.com/v1", null, null, List.of());
        assertThat(store.read(other.keyringKey())).contains("sk-openai");

        store.save(other.keyringKey(), "sk-from-file", "test");
        assertThat(store.read(other.keyringKey())).contains("sk-from-file");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new HeadlessCredentialStore(Map.of(), file).read(GATEWAY.keyringKey())).isEmpty();

        store.delete(other.keyringKey());
        assertThat(store.read(other.keyringKey())).contains("sk-openai");
    }

    @Test
    void aFileOthersMayReadIsRefusedWithHowToFixIt() throws Exception {
        Path file = folder.resolve("credentials.properties");
        Files.writeString(file, "sorastudio.profile.Work\\ gateway.apiKey=sk-leaked\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        HeadlessCredentialStore store = new HeadlessCredentialStore(Map.of(), file);

        assertThatThrownBy(() -> store.read(GATEWAY.keyringKey()))
                .isInstanceOf(HeadlessCredentialStore.UnsafeCredentialsException.class)
                .hasMessageContaining("others may read it (rw-r--r--)").hasMessageContaining("chmod 600 " + file);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(store.read(GATEWAY.keyringKey())).contains("sk-leaked");
    }
}
