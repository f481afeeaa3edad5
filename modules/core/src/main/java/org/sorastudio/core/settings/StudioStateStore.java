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
package org.sorastudio.core.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.StudioState;
import org.openide.util.lookup.ServiceProvider;

/** Remembers the last shot parameters and project between sessions ({@code state.json}). */
@ServiceProvider(service = StudioStateStore.class)
public class StudioStateStore {

    private static final Logger LOG = Logger.getLogger(StudioStateStore.class.getName());

    private final JsonDataFile file;

    public StudioStateStore() {
        this(StudioDirectories.userDirectory().resolve("state.json"));
    }

    public StudioStateStore(Path path) {
        this.file = new JsonDataFile(path);
    }

    /** The remembered state, or the initial one when there is none or it cannot be read. */
    public StudioState load() {
        if (!file.exists()) {
            return StudioState.initial();
        }
        try {
            StudioState state = Json.GSON.fromJson(file.read(), StudioState.class);
            return state == null ? StudioState.initial() : state;
        } catch (DataFileException | RuntimeException e) {
            LOG.log(Level.INFO, "Ignoring unreadable studio state {0}: {1}", new Object[]{file.path(), e.getMessage()});
            return StudioState.initial();
        }
    }

    public void save(StudioState state) throws IOException {
        file.write(Json.GSON.toJsonTree(state));
    }
}
