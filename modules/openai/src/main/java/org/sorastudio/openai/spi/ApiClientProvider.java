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
