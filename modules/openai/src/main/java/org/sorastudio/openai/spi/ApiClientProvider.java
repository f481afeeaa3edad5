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
package org.sorastudio.openai.spi;

import org.sorastudio.openai.VideoApiClient;

/**
 * Where the queue gets its API clients. The studio implements it for the configured profiles (and
 * registers it in Lookup); the CLI and tests pass one over a server of their own. The provider owns
 * the clients: the queue never closes them, and asks for a profile's client before every request,
 * so it should hand out the same (cached) client until the profile's settings change; the queue
 * watches each new client's rate-limit headers.
 */
public interface ApiClientProvider {

    /**
     * The client for {@code profileName}.
     *
     * @throws IllegalArgumentException when no such profile exists (the job using it fails with the message)
     */
    VideoApiClient clientFor(String profileName);

    /** The profile jobs use when their shot names none. */
    String activeProfile();
}
