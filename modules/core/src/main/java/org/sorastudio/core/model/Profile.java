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
package org.sorastudio.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A server the studio talks to. Holds no key material: API keys and secret header values live in
 * the platform keyring under {@link #keyringKey()}.
 *
 * @param name             unique display name
 * @param baseUrl          API base URL including the version path, e.g. {@code https://api.openai.com/v1};
 *                         {@code null} for the embedded simulator, whose URL is only known when it runs
 * @param organizationId   optional {@code OpenAI-Organization} header value
 * @param projectId        optional {@code OpenAI-Project} header value
 * @param extraHeaderNames names of extra headers a gateway wants (their values are secrets, kept in the keyring)
 * @param tuning           parallel jobs and retries for this profile's server; {@code null} (an older settings file)
 *                         gives {@link ProfileTuning#DEFAULTS}
 */
public record Profile(String name, String baseUrl, String organizationId, String projectId,
        List<String> extraHeaderNames, ProfileTuning tuning) {

    /** Name of the profile that runs the embedded simulator. */
    public static final String OFFLINE_SIMULATOR = "Offline simulator";

    public Profile {
        Objects.requireNonNull(name, "name");
        extraHeaderNames = extraHeaderNames == null ? List.of() : List.copyOf(extraHeaderNames);
        tuning = tuning == null ? ProfileTuning.DEFAULTS : tuning;
    }

    /** A profile paced with the defaults. */
    public Profile(String name, String baseUrl, String organizationId, String projectId, List<String> extraHeaderNames) {
        this(name, baseUrl, organizationId, projectId, extraHeaderNames, ProfileTuning.DEFAULTS);
    }

    public Profile withTuning(ProfileTuning value) {
        return new Profile(name, baseUrl, organizationId, projectId, extraHeaderNames, value);
    }

    public static Profile offlineSimulator() {
        return new Profile(OFFLINE_SIMULATOR, null, null, null, List.of());
    }

    public boolean isSimulator() {
        return baseUrl == null;
    }

    /** Keyring entry under which this profile's API key is stored. */
    public String keyringKey() {
        return "sorastudio.profile." + name + ".apiKey";
    }
}
