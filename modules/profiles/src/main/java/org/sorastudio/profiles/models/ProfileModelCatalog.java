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
package org.sorastudio.profiles.models;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.capabilities.api.CapabilityTable;
import org.sorastudio.capabilities.api.ServerModels;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.core.spi.ModelSpec;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.ModelInfo;
import org.sorastudio.profiles.api.ApiConnections;
import org.sorastudio.profiles.api.ProfileNotReadyException;

/**
 * The models of the active profile's server: its {@code /models} answer (cached for a day) joined
 * with the capability table, which says what each model accepts. Models the table does not know
 * (chat models on OpenAI, say) are left out; when the server lists none the table knows, or has not
 * answered yet, the whole table is offered. Never blocks the caller on the network.
 */
@ServiceProvider(service = ModelCatalog.class, position = 100)
public final class ProfileModelCatalog implements ModelCatalog {

    private static final Logger LOG = Logger.getLogger(ProfileModelCatalog.class.getName());

    private final ApiConnections connections;
    private final CapabilityTable table;
    private final ServerModelsCache cache;
    private final Clock clock;
    private final Map<String, ServerModels> known = new ConcurrentHashMap<>();
    private final Map<String, Boolean> fetching = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "Sora Studio model list");
        thread.setDaemon(true);
        return thread;
    });

    public ProfileModelCatalog() {
        this(Lookup.getDefault().lookup(ApiConnections.class),
                CapabilityTable.load(StudioDirectories.userDirectory().resolve(CapabilityTable.FILE_NAME)),
                StudioDirectories.userDirectory().resolve("model-cache"), Clock.systemUTC());
    }

    public ProfileModelCatalog(ApiConnections connections, CapabilityTable table, java.nio.file.Path cacheFolder, Clock clock) {
        this.connections = connections;
        this.table = table;
        this.cache = new ServerModelsCache(cacheFolder);
        this.clock = clock;
        table.userFileProblem().ifPresent(problem -> LOG.log(Level.WARNING, "Your capability file is not used: {0}", problem));
    }

    @Override
    public List<ModelSpec> models() {
        Profile profile = connections.activeProfile();
        Optional<ServerModels> answer = serverModels(profile);
        if (answer.isEmpty() || !answer.get().isFresh(clock.instant())) {
            fetch(profile);
        }
        List<ModelSpec> offered = answer.map(this::join).orElse(List.of());
        return offered.isEmpty() ? table.models() : offered;
    }

    @Override
    public Optional<ModelSpec> find(String model) {
        return models().stream().filter(spec -> spec.id().equals(model)).findFirst()
                .or(() -> table.find(model));
    }

    @Override
    public void refresh() {
        fetch(connections.activeProfile());
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The server's last answer for {@code profile}, from memory or the cache file. */
    public Optional<ServerModels> serverModels(Profile profile) {
        ServerModels inMemory = known.get(profile.name());
        if (inMemory != null) {
            return Optional.of(inMemory);
        }
        Optional<ServerModels> cached = cache.read(profile.name());
        cached.ifPresent(models -> known.put(profile.name(), models));
        return cached;
    }

    private List<ModelSpec> join(ServerModels answer) {
        List<ModelSpec> specs = new ArrayList<>();
        for (ServerModels.Model model : answer.models()) {
            table.find(model.id()).ifPresent(spec -> specs.add(
                    new ModelSpec(model.id(), spec.sizes(), spec.seconds(), spec.usdPerSecond(), model.shutdownDate())));
        }
        return specs;
    }

    private void fetch(Profile profile) {
        if (fetching.putIfAbsent(profile.name(), Boolean.TRUE) != null) {
            return;
        }
        fetcher.execute(() -> {
            try {
                List<ModelInfo> listed = connections.clientFor(profile).listModels();
                ServerModels answer = new ServerModels(profile.name(), Instant.now(clock), listed.stream()
                        .map(m -> new ServerModels.Model(m.id(), m.ownedBy(),
                                m.shutdownDate() == null ? null : m.shutdownDate().toString()))
                        .toList());
                known.put(profile.name(), answer);
                cache.write(answer);
                listeners.forEach(Runnable::run);
            } catch (ProfileNotReadyException | ApiException e) {
                LOG.log(Level.INFO, "Cannot list the models of {0}; using the capability table: {1}",
                        new Object[]{profile.name(), e.getMessage()});
            } finally {
                fetching.remove(profile.name());
            }
        });
    }
}
