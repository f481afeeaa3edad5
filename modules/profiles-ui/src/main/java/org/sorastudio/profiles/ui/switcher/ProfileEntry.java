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

import java.net.URI;
import org.sorastudio.core.model.Profile;

/**
 * A profile as the switchers show it: its name, the server it talks to, and whether its key is in
 * the keyring (read off the event thread).
 *
 * @param name   the profile's name
 * @param server the server's host (and port), or "embedded" for the simulator
 * @param hasKey whether a key is stored (always true for the simulator, which needs none)
 */
record ProfileEntry(String name, String server, boolean hasKey) {

    static ProfileEntry of(Profile profile, boolean hasKey) {
        if (profile.isSimulator()) {
            return new ProfileEntry(profile.name(), Bundle.ProfileEntry_embedded(), true);
        }
        String server;
        try {
            URI uri = URI.create(profile.baseUrl());
            server = uri.getHost() == null ? profile.baseUrl() : uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            server = profile.baseUrl();
        }
        return new ProfileEntry(profile.name(), server, hasKey);
    }

    /** "LiteLLM · gateway.local:4000", with a note when the key is missing. */
    String label() {
        return name + " · " + server + (hasKey ? "" : " · " + Bundle.ProfileEntry_noKey());
    }

    @Override
    public String toString() {
        return label();
    }
}
