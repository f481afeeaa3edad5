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

import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.Profile;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.profiles.api.ApiConnections;
import org.sorastudio.profiles.api.ProfileNotReadyException;
import org.sorastudio.openai.spi.ApiClientProvider;

/** Gives the studio's render queue the clients of the configured profiles. */
@ServiceProvider(service = ApiClientProvider.class)
public final class ProfileClientProvider implements ApiClientProvider {

    private final ApiConnections connections;

    public ProfileClientProvider() {
        this(Lookup.getDefault().lookup(ApiConnections.class));
    }

    public ProfileClientProvider(ApiConnections connections) {
        this.connections = connections;
    }

    @Override
    public VideoApiClient clientFor(String profileName) {
        Profile profile = connections.profiles().stream().filter(p -> p.name().equals(profileName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no profile named \"" + profileName
                        + "\" any more; choose another in Tools > Options > Sora Studio."));
        try {
            return connections.clientFor(profile);
        } catch (ProfileNotReadyException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public String activeProfile() {
        return connections.activeProfile().name();
    }
}
