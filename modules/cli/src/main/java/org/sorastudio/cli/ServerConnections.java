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
package org.sorastudio.cli;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openide.util.Lookup;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.spi.EmbeddedServer;
import org.sorastudio.openai.ApiConnectionException;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.AuthenticationException;
import org.sorastudio.openai.RetryPolicy;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.profiles.api.HeadlessCredentialStore;
import org.sorastudio.profiles.api.ProfileClientBuilder;
import org.sorastudio.profiles.api.ProfileNotReadyException;

/**
 * The servers a CLI run talks to. The server chosen on the command line is the active profile; its
 * name is what the journal records, so a resumed run finds the same server: a settings profile's
 * name, {@link Profile#OFFLINE_SIMULATOR}, or the base URL itself for {@code --base-url}. Each is turned
 * into a client by the profiles module's {@link ProfileClientBuilder}, as in the studio (base URL,
 * organization, project, gateway headers), with the secrets from the profiles module's {@link HeadlessCredentialStore}
 * (the profile's own variable, the owner-only {@code credentials.properties} beside the studio's {@code config.json},
 * then {@code OPENAI_API_KEY}): the platform keyring is not available headless.
 */
final class ServerConnections implements ApiClientProvider, AutoCloseable {

    static final String OPENAI_BASE_URL = "https://api.openai.com/v1";

    private final String active;
    private final Settings settings;
    private final HeadlessCredentialStore credentials;
    private final ProfileClientBuilder builders;
    private final Map<String, VideoApiClient> clients = new ConcurrentHashMap<>();
    private EmbeddedServer simulator;

    private ServerConnections(String active, Settings settings, HeadlessCredentialStore credentials) {
        this.active = active;
        this.settings = settings;
        this.credentials = credentials;
        this.builders = new ProfileClientBuilder(credentials);
    }

    /**
     * The server the options name, or a refusal that says how to name one; secrets from this process's environment and
     * the credentials file in the studio's user directory.
     */
    static ServerConnections choose(CommonOptions options, Settings settings) {
        return choose(options, settings, new CliCredentialStore().headless());
    }

    static ServerConnections choose(CommonOptions options, Settings settings, HeadlessCredentialStore credentials) {
        int choices = (options.simulator ? 1 : 0) + (options.profile != null ? 1 : 0) + (options.baseUrl != null ? 1 : 0);
        if (choices > 1) {
            throw new CliException(ExitCode.USAGE, "--simulator, --profile and --base-url each choose the server; give only one.");
        }
        if (options.simulator) {
            return new ServerConnections(Profile.OFFLINE_SIMULATOR, settings, credentials);
        }
        if (options.profile != null) {
            Profile profile = profile(settings, options.profile).orElseThrow(() -> new CliException(ExitCode.USAGE,
                    "there is no profile \"" + options.profile + "\"; the profiles are: " + profileNames(settings) + "."));
            if (!profile.isSimulator() && !hasKey(credentials, profile)) {
                throw new CliException(ExitCode.AUTHENTICATION, noKey(credentials, profile));
            }
            return new ServerConnections(profile.name(), settings, credentials);
        }
        if (options.baseUrl != null) {
            return new ServerConnections(baseUrl(options.baseUrl).toString(), settings, credentials);
        }
        if (!hasKey(credentials, urlProfile(OPENAI_BASE_URL).orElseThrow())) {
            throw new CliException(ExitCode.AUTHENTICATION, "no API key: set " + HeadlessCredentialStore.OPENAI_KEY_VARIABLE
                    + ", or name a server with --base-url or --profile, or add --simulator to use the offline simulator.");
        }
        return new ServerConnections(OPENAI_BASE_URL, settings, credentials);
    }

    @Override
    public String activeProfile() {
        return active;
    }

    @Override
    public VideoApiClient clientFor(String profileName) {
        return clients.computeIfAbsent(profileName, name -> builder(name).build());
    }

    /**
     * Asks the active server for its models once, without retries, so that a wrong key or a dead
     * server is reported at once instead of pausing the queue.
     */
    void checkReachable() {
        VideoApiClient.Builder builder = builder(active).retryPolicy(RetryPolicy.NONE).connectTimeout(Duration.ofSeconds(10));
        try (VideoApiClient probe = builder.build()) {
            probe.listModels();
        } catch (AuthenticationException e) {
            throw new CliException(ExitCode.AUTHENTICATION, "the server " + builder.settings().baseUrl()
                    + " refused the API key: " + ApiErrors.describe(e));
        } catch (ApiConnectionException e) {
            throw new CliException(ExitCode.FAILURE, "cannot reach the server " + builder.settings().baseUrl() + ": "
                    + ApiErrors.describe(e));
        } catch (ApiException e) {
            // A gateway may not serve /models; the jobs themselves will tell.
        }
    }

    private VideoApiClient.Builder builder(String name) {
        Profile profile = profile(settings, name).or(() -> urlProfile(name)).orElseThrow(() -> new IllegalArgumentException(
                "there is no server profile \"" + name + "\"; the profiles are: " + profileNames(settings) + "."));
        if (profile.isSimulator()) {
            startSimulator();
        } else if (!hasKey(credentials, profile)) {
            throw new CliException(ExitCode.AUTHENTICATION, noKey(credentials, profile));
        }
        try {
            return builders.builderFor(profile);
        } catch (ProfileNotReadyException e) {
            throw new CliException(ExitCode.FAILURE, e.getMessage());
        }
    }

    private static boolean hasKey(HeadlessCredentialStore credentials, Profile profile) {
        try {
            return credentials.read(profile.keyringKey()).isPresent();
        } catch (HeadlessCredentialStore.UnsafeCredentialsException e) {
            throw new CliException(ExitCode.AUTHENTICATION, e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CliException(ExitCode.FAILURE, e.getMessage());
        }
    }

    /** Why a profile cannot be used, and every way to give it a key. */
    static String noKey(HeadlessCredentialStore credentials, Profile profile) {
        if (urlProfile(profile.name()).isPresent()) {
            return "the server " + profile.name() + " needs an API key: set " + HeadlessCredentialStore.OPENAI_KEY_VARIABLE + ".";
        }
        return "profile \"" + profile.name() + "\" has no API key (the studio's keyring is not read headless): run \"sorastudio-cli "
                + "profile key " + quoted(profile.name()) + "\" to keep one in the credentials file, or "
                + credentials.howToGiveKey(profile) + ".";
    }

    static String quoted(String name) {
        return name.matches("[A-Za-z0-9._-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
    }

    /** A server named by its base URL ({@code --base-url}, or a journal written by such a run): a profile of its own. */
    private static Optional<Profile> urlProfile(String name) {
        return name.startsWith("http://") || name.startsWith("https://")
                ? Optional.of(new Profile(name, baseUrl(name).toString(), null, null, List.of())) : Optional.empty();
    }

    /** Starts the embedded simulator here, so the CLI's words say what went wrong and {@link #close} stops it. */
    private synchronized void startSimulator() {
        if (simulator == null) {
            simulator = Lookup.getDefault().lookup(EmbeddedServer.class);
            if (simulator == null) {
                throw new CliException(ExitCode.FAILURE, "the offline simulator is not installed in this distribution.");
            }
        }
        try {
            simulator.ensureRunning();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new CliException(ExitCode.FAILURE, "the offline simulator cannot start: " + e.getMessage());
        }
    }

    private static Optional<Profile> profile(Settings settings, String name) {
        if (name.equals(Profile.OFFLINE_SIMULATOR)) {
            return Optional.of(Profile.offlineSimulator());
        }
        return settings.profiles().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static String profileNames(Settings settings) {
        return Stream.concat(Stream.of(Profile.OFFLINE_SIMULATOR), settings.profiles().stream().map(Profile::name))
                .map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
    }

    private static URI baseUrl(String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new CliException(ExitCode.USAGE, "\"" + text + "\" is not an http(s) base URL such as " + OPENAI_BASE_URL + ".");
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(VideoApiClient::close);
        clients.clear();
        if (simulator != null) {
            simulator.stop();
        }
    }
}
