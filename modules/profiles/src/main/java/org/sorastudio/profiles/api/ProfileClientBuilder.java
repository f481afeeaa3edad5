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

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.openide.util.Lookup;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.ProfileTuning;
import org.sorastudio.core.spi.EmbeddedServer;
import org.sorastudio.openai.RetryPolicy;
import org.sorastudio.openai.VideoApiClient;

/**
 * Turns a profile into a client builder, the one way the studio and the CLI do it: the profile's base URL, its key
 * and its gateway headers' values from a {@link CredentialStore} (the keyring in the studio, the environment in the
 * CLI), its organization and project; the offline simulator profile gets the embedded simulator (started on first
 * use). Callers set further options (retries, timeouts) on the builder and build it.
 */
public final class ProfileClientBuilder {

    /** The embedded simulator accepts any key; this one says where it came from in its logs. */
    public static final String SIMULATOR_KEY = "offline-simulator-key";

    private final CredentialStore credentials;

    public ProfileClientBuilder(CredentialStore credentials) {
        this.credentials = credentials;
    }

    /**
     * A builder for {@code profile}'s server.
     *
     * @throws ProfileNotReadyException with a sentence for a person: no key, a base URL that is not http(s), the
     *                                  simulator switched off or unable to start
     */
    public VideoApiClient.Builder builderFor(Profile profile) throws ProfileNotReadyException {
        return profile.isSimulator() ? simulator() : server(profile);
    }

    private static VideoApiClient.Builder simulator() throws ProfileNotReadyException {
        EmbeddedServer simulator = Lookup.getDefault().lookup(EmbeddedServer.class);
        if (simulator == null) {
            throw new ProfileNotReadyException("The offline simulator is switched off. Switch on \"Sora Studio Videos API Simulator\" in "
                    + "Tools > Plugins > Installed, or choose a server profile in Tools > Options > Sora Studio.", null);
        }
        try {
            return VideoApiClient.builder(simulator.ensureRunning(), SIMULATOR_KEY);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new ProfileNotReadyException("The offline simulator cannot start: " + e.getMessage(), e);
        }
    }

    private VideoApiClient.Builder server(Profile profile) throws ProfileNotReadyException {
        URI base = baseUrl(profile);
        String key = credentials.read(profile.keyringKey()).filter(k -> !k.isBlank()).orElseThrow(() -> new ProfileNotReadyException(
                "Profile \"" + profile.name() + "\" has no API key. Add one in Tools > Options > Sora Studio, or choose the "
                + Profile.OFFLINE_SIMULATOR + " profile.", null));
        VideoApiClient.Builder builder = VideoApiClient.builder(base, key)
                .organization(profile.organizationId()).project(profile.projectId())
                .retryPolicy(retryPolicy(profile.tuning(), ProfileTuning.DEFAULTS.retries()));
        for (String header : profile.extraHeaderNames()) {
            credentials.read(CredentialStore.headerKey(profile, header)).ifPresent(value -> builder.header(header, value));
        }
        return builder;
    }

    /** The profile's base URL without a trailing slash, or why it cannot be one. */
    /**
     * A profile's retries: its own count where its tuning changed it, else the studio's ({@code studioRetries}, the
     * Options' Queue tab), as parallel jobs fall back to the studio's; its delays and jitter; the budget of waiting per
     * call stays the client's default, or the longest wait if longer.
     */
    public static RetryPolicy retryPolicy(ProfileTuning tuning, int studioRetries) {
        int retries = tuning.retries() == ProfileTuning.DEFAULTS.retries() ? studioRetries : tuning.retries();
        Duration maxDelay = Duration.ofMillis(tuning.maxDelayMillis());
        Duration budget = RetryPolicy.DEFAULT.maxTotalWait().compareTo(maxDelay) > 0 ? RetryPolicy.DEFAULT.maxTotalWait() : maxDelay;
        return new RetryPolicy(retries, Duration.ofMillis(tuning.baseDelayMillis()), maxDelay, budget,
                tuning.jitterPercent() / 100.0);
    }

    private static URI baseUrl(Profile profile) throws ProfileNotReadyException {
        String text = profile.baseUrl().endsWith("/") ? profile.baseUrl().substring(0, profile.baseUrl().length() - 1)
                : profile.baseUrl();
        try {
            URI base = new URI(text);
            if (!"https".equals(base.getScheme()) && !"http".equals(base.getScheme()) || base.getHost() == null) {
                throw new URISyntaxException(profile.baseUrl(), "expected http(s)://host/...");
            }
            return base;
        } catch (URISyntaxException e) {
            throw new ProfileNotReadyException("Profile \"" + profile.name() + "\" has an invalid base URL \"" + profile.baseUrl()
                    + "\": " + e.getReason() + ". Fix it in Tools > Options > Sora Studio.", e);
        }
    }
}
