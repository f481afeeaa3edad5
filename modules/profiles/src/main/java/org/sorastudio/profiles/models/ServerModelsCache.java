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

import com.google.gson.JsonObject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.capabilities.api.ServerModels;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;

/** One cache file per profile in the user directory; an unreadable one is simply asked for again. */
final class ServerModelsCache {

    private static final Logger LOG = Logger.getLogger(ServerModelsCache.class.getName());

    private final Path folder;

    ServerModelsCache(Path folder) {
        this.folder = folder;
    }

    Optional<ServerModels> read(String profile) {
        JsonDataFile file = file(profile);
        if (!file.exists()) {
            return Optional.empty();
        }
        try {
            JsonObject json = file.read();
            List<ServerModels.Model> models = new ArrayList<>();
            json.getAsJsonArray("models").forEach(m -> models.add(Json.GSON.fromJson(m, ServerModels.Model.class)));
            return Optional.of(new ServerModels(json.get("profile").getAsString(),
                    Instant.parse(json.get("fetchedAt").getAsString()), models));
        } catch (DataFileException | RuntimeException e) {
            LOG.log(Level.INFO, "Ignoring the unreadable model cache {0}: {1}", new Object[]{file.path(), e.getMessage()});
            return Optional.empty();
        }
    }

    void write(ServerModels models) {
        try {
            JsonObject json = new JsonObject();
            json.addProperty("profile", models.profile());
            json.addProperty("fetchedAt", models.fetchedAt().toString());
            json.add("models", Json.GSON.toJsonTree(models.models()));
            file(models.profile()).write(json);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot cache the models of " + models.profile(), e);
        }
    }

    /** Profile names are the user's text: only letters, digits, dot, dash and underscore reach the file system. */
    private JsonDataFile file(String profile) {
        String safe = profile.replaceAll("[^A-Za-z0-9._-]", "_");
        return new JsonDataFile(folder.resolve(safe + "-" + Integer.toHexString(profile.hashCode()) + ".json"));
    }
}
