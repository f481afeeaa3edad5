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

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.core.spi.EmbeddedServer;
import org.sorastudio.openai.DeprecationListener;
import org.sorastudio.openai.RetryPolicy;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.profiles.api.ApiConnections;
import org.sorastudio.profiles.api.CredentialStore;
import org.sorastudio.profiles.api.ProfileNotReadyException;

/** Profiles from the settings, secrets from the credential store, one client per profile. */
@ServiceProvider(service = ApiConnections.class)
public final class DefaultApiConnections implements ApiConnections {

    private static final Logger LOG = Logger.getLogger(DefaultApiConnections.class.getName());
    /** The embedded simulator accepts any key; this one says where it came from in its logs. */
    static final String SIMULATOR_KEY = "offline-simulator-key";

    private final SettingsStore settings;
    private final CredentialStore credentials;
    private final Map<String, Connection> connections = new HashMap<>();
    private final List<DeprecationListener> deprecationListeners = new CopyOnWriteArrayList<>();

    public DefaultApiConnections() {
        this(Lookup.getDefault().lookup(SettingsStore.class), Lookup.getDefault().lookup(CredentialStore.class));
    }

    public DefaultApiConnections(SettingsStore settings, CredentialStore credentials) {
        this.settings = settings;
        this.credentials = credentials;
        settings.addListener(this::forgetChanged);
    }

    @Override
    public List<Profile> profiles() {
        List<Profile> all = new ArrayList<>();
        all.add(Profile.offlineSimulator());
        settings.get().profiles().stream().filter(p -> !p.isSimulator()).forEach(all::add);
        return all;
    }

    @Override
    public Profile activeProfile() {
        return profile(settings.get().activeProfile());
    }

    @Override
    public Profile profile(String name) {
        List<Profile> all = profiles();
        String wanted = name == null ? settings.get().activeProfile() : name;
        return all.stream().filter(p -> p.name().equals(wanted)).findFirst().orElse(all.get(0));
    }

    @Override
    public synchronized VideoApiClient clientFor(Profile profile) throws ProfileNotReadyException {
        Connection existing = connections.get(profile.name());
        RetryPolicy retries = retryPolicy(settings.get());
        if (existing != null && existing.profile().equals(profile) && existing.retries().equals(retries)) {
            return existing.client();
        }
        VideoApiClient client = profile.isSimulator() ? simulatorClient(retries) : serverClient(profile, retries);
        client.addDeprecationListener(notice -> deprecationListeners.forEach(listener -> listener.deprecationAnnounced(notice)));
        Connection replaced = connections.put(profile.name(), new Connection(profile, retries, client));
        if (replaced != null) {
            closeQuietly(replaced);
        }
        return client;
    }

    @Override
    public void addDeprecationListener(DeprecationListener listener) {
        deprecationListeners.add(listener);
    }

    @Override
    public synchronized void reconnect(Profile profile) {
        Connection dropped = connections.remove(profile.name());
        if (dropped != null) {
            closeQuietly(dropped);
        }
    }

    /** The client's own backoff, as many retries as the settings allow (the Queue tab). */
    private static RetryPolicy retryPolicy(Settings settings) {
        RetryPolicy standard = RetryPolicy.DEFAULT;
        return new RetryPolicy(settings.maxRetries(), standard.baseDelay(), standard.maxDelay(), standard.maxTotalWait());
    }

    private static VideoApiClient simulatorClient(RetryPolicy retries) throws ProfileNotReadyException {
        EmbeddedServer simulator = Lookup.getDefault().lookup(EmbeddedServer.class);
        if (simulator == null) {
            throw new ProfileNotReadyException("The offline simulator is switched off. Switch on \"Sora Studio Videos API Simulator\" in "
                    + "Tools > Plugins > Installed, or choose a server profile in Tools > Options > Sora Studio.", null);
        }
        try {
            return VideoApiClient.builder(simulator.ensureRunning(), SIMULATOR_KEY).retryPolicy(retries).build();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new ProfileNotReadyException("The offline simulator cannot start: " + e.getMessage(), e);
        }
    }

    private VideoApiClient serverClient(Profile profile, RetryPolicy retries) throws ProfileNotReadyException {
        URI base;
        try {
            base = new URI(profile.baseUrl());
            if (!"https".equals(base.getScheme()) && !"http".equals(base.getScheme()) || base.getHost() == null) {
                throw new URISyntaxException(profile.baseUrl(), "expected http(s)://host/...");
            }
        } catch (URISyntaxException e) {
            throw new ProfileNotReadyException("Profile \"" + profile.name() + "\" has an invalid base URL \"" + profile.baseUrl()
                    + "\": " + e.getReason() + ". Fix it in Tools > Options > Sora Studio.", e);
        }
        String key = credentials.read(profile.keyringKey()).filter(k -> !k.isBlank()).orElseThrow(() -> new ProfileNotReadyException(
                "Profile \"" + profile.name() + "\" has no API key. Add one in Tools > Options > Sora Studio, or choose the "
                + Profile.OFFLINE_SIMULATOR + " profile.", null));
        VideoApiClient.Builder builder = VideoApiClient.builder(base, key)
                .organization(profile.organizationId()).project(profile.projectId()).retryPolicy(retries);
        for (String header : profile.extraHeaderNames()) {
            credentials.read(CredentialStore.headerKey(profile, header)).ifPresent(value -> builder.header(header, value));
        }
        return builder.build();
    }

    /** A profile whose settings changed gets a new client on next use. */
    private synchronized void forgetChanged(Settings changed) {
        connections.values().removeIf(connection -> {
            boolean stale = changed.profiles().stream().noneMatch(connection.profile()::equals) && !connection.profile().isSimulator();
            if (stale) {
                closeQuietly(connection);
            }
            return stale;
        });
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.client().close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Closing the client of " + connection.profile().name(), e);
        }
    }

    private record Connection(Profile profile, RetryPolicy retries, VideoApiClient client) {
    }
}
