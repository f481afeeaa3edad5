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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.ProfileTuning;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.openai.DeprecationListener;
import org.sorastudio.openai.RateLimitSnapshot;
import org.sorastudio.openai.RetryPolicy;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.profiles.api.ApiConnections;
import org.sorastudio.profiles.api.CredentialStore;
import org.sorastudio.profiles.api.ProfileClientBuilder;
import org.sorastudio.profiles.api.ProfileNotReadyException;

/** Profiles from the settings, clients made by the {@link ProfileClientBuilder} over the credential store, one per profile. */
@ServiceProvider(service = ApiConnections.class)
public final class DefaultApiConnections implements ApiConnections {

    private static final Logger LOG = Logger.getLogger(DefaultApiConnections.class.getName());
    private final SettingsStore settings;
    private final ProfileClientBuilder clients;
    private final Map<String, Connection> connections = new HashMap<>();
    private final List<DeprecationListener> deprecationListeners = new CopyOnWriteArrayList<>();

    public DefaultApiConnections() {
        this(Lookup.getDefault().lookup(SettingsStore.class), Lookup.getDefault().lookup(CredentialStore.class));
    }

    public DefaultApiConnections(SettingsStore settings, CredentialStore credentials) {
        this.settings = settings;
        this.clients = new ProfileClientBuilder(credentials);
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
        RetryPolicy retries = ProfileClientBuilder.retryPolicy(profile.tuning(), settings.get().maxRetries());
        if (existing != null && existing.profile().equals(profile) && existing.retries().equals(retries)) {
            return existing.client();
        }
        VideoApiClient client = clients.builderFor(profile).retryPolicy(retries).build();
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
    public synchronized Optional<RateLimitSnapshot> lastRateLimits(Profile profile) {
        Connection connection = connections.get(profile.name());
        return connection == null ? Optional.empty() : connection.client().lastRateLimits();
    }

    @Override
    public synchronized void reconnect(Profile profile) {
        Connection dropped = connections.remove(profile.name());
        if (dropped != null) {
            closeQuietly(dropped);
        }
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
