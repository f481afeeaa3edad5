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
package org.sorastudio.profiles.impl;

import java.util.Arrays;
import java.util.Optional;
import org.netbeans.api.keyring.Keyring;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.profiles.api.CredentialStore;

/** Secrets in the platform keyring (the OS keychain where there is one, else the platform's fallback store). */
@ServiceProvider(service = CredentialStore.class, position = 1000)
public final class KeyringCredentialStore implements CredentialStore {

    @Override
    public Optional<String> read(String key) {
        char[] secret = Keyring.read(key);
        if (secret == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(secret));
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    @Override
    public void save(String key, String secret, String description) {
        Keyring.save(key, secret.toCharArray(), description);
    }

    @Override
    public void delete(String key) {
        Keyring.delete(key);
    }
}
