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

import java.util.List;
import java.util.Optional;
import org.sorastudio.core.model.Profile;
import org.sorastudio.openai.DeprecationListener;
import org.sorastudio.openai.RateLimitSnapshot;
import org.sorastudio.openai.VideoApiClient;

/**
 * The API client for each profile, found in Lookup. The offline simulator profile is always there
 * and starts the embedded simulator on first use; other profiles take their key from the
 * {@link CredentialStore}. Clients are shared per profile (so rate limits are learned per profile)
 * and replaced when the profile's settings change.
 */
public interface ApiConnections {

    /** The offline simulator followed by the configured profiles. */
    List<Profile> profiles();

    /** The profile the user chose in the settings (the offline simulator until they choose another). */
    Profile activeProfile();

    /** The named profile, or the active one when the name is unknown or {@code null}. */
    Profile profile(String name);

    VideoApiClient clientFor(Profile profile) throws ProfileNotReadyException;

    /**
     * The rate-limit headers {@code profile}'s server sent last, when its client has talked to it in this session;
     * never connects (the profile switcher shows it live).
     */
    default Optional<RateLimitSnapshot> lastRateLimits(Profile profile) {
        return Optional.empty();
    }

    /** Drops the profile's client, e.g. after its key changed; the next {@link #clientFor} builds a new one. */
    void reconnect(Profile profile);

    /** Told when any profile's server announces that an endpoint is deprecated or going away. */
    void addDeprecationListener(DeprecationListener listener);
}
