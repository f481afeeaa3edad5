package org.sorastudio.queue.api;

import org.sorastudio.openai.VideoApiClient;

/**
 * Where the queue gets its API clients. The studio implements it for the configured profiles (and
 * registers it in Lookup); the CLI and tests pass one over a server of their own. The provider owns
 * the clients: the queue never closes them, and may ask for the same profile many times.
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
