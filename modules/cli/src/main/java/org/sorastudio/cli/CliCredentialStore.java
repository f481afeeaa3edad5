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
package org.sorastudio.cli;

import java.util.Optional;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.profiles.api.CredentialStore;
import org.sorastudio.profiles.api.HeadlessCredentialStore;

/**
 * The credential store of the CLI's class path, where the platform keyring is not: the profiles module's
 * {@link HeadlessCredentialStore} over this process's environment and the credentials file in the studio's user
 * directory. The CLI is a class path of its own, so it states here, the way Lookup is meant for, that this store
 * replaces the keyring store the profiles module registers for the studio; anything on the class path that looks up a
 * {@link CredentialStore} (the profiles module's own {@code ApiConnections} included) then reads what the CLI reads. The
 * studio never sees this registration: the CLI is an autoload module nothing enables.
 */
@ServiceProvider(service = CredentialStore.class, supersedes = "org.sorastudio.profiles.impl.KeyringCredentialStore")
public final class CliCredentialStore implements CredentialStore {

    private final HeadlessCredentialStore store;

    public CliCredentialStore() {
        this(HeadlessCredentialStore.forProcess(StudioDirectories.userDirectory()));
    }

    CliCredentialStore(HeadlessCredentialStore store) {
        this.store = store;
    }

    /** The store itself, with its file and the sentence that says how to give a profile a key. */
    HeadlessCredentialStore headless() {
        return store;
    }

    @Override
    public Optional<String> read(String key) {
        return store.read(key);
    }

    @Override
    public void save(String key, String secret, String description) {
        store.save(key, secret, description);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }
}
