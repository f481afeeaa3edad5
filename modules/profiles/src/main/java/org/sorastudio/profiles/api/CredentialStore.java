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
package org.sorastudio.profiles.api;

import java.util.Optional;

/**
 * Where secrets (API keys, gateway header values) live. The studio's implementation is the
 * platform keyring; the CLI reads the environment. Secrets never go into project or settings files.
 */
public interface CredentialStore {

    Optional<String> read(String key);

    void save(String key, String secret, String description);

    void delete(String key);

    /** The keyring entry of a profile's extra header value. */
    static String headerKey(org.sorastudio.core.model.Profile profile, String header) {
        return profile.keyringKey() + ".header." + header;
    }
}
