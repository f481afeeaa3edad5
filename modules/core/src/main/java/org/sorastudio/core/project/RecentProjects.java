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
package org.sorastudio.core.project;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.settings.StudioDirectories;

/** The recently opened projects, most recent first, without files that no longer exist. */
@ServiceProvider(service = RecentProjects.class)
public class RecentProjects {

    private static final Logger LOG = Logger.getLogger(RecentProjects.class.getName());
    public static final int LIMIT = 10;

    private final JsonDataFile file;

    public RecentProjects() {
        this(StudioDirectories.userDirectory().resolve("recent.json"));
    }

    public RecentProjects(Path path) {
        this.file = new JsonDataFile(path);
    }

    /** The list, pruned of missing files. */
    public synchronized List<Path> list() {
        List<Path> stored = stored();
        List<Path> existing = stored.stream().filter(Files::isRegularFile).toList();
        if (existing.size() != stored.size()) {
            store(existing);
        }
        return existing;
    }

    /** Puts {@code project} first. */
    public synchronized void add(Path project) {
        Path normalized = project.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(stored());
        paths.remove(normalized);
        paths.add(0, normalized);
        store(paths.subList(0, Math.min(LIMIT, paths.size())));
    }

    public synchronized void clear() {
        store(List.of());
    }

    private List<Path> stored() {
        if (!file.exists()) {
            return List.of();
        }
        try {
            JsonElement array = file.read().get("projects");
            List<Path> paths = new ArrayList<>();
            if (array != null && array.isJsonArray()) {
                array.getAsJsonArray().forEach(e -> paths.add(Path.of(e.getAsString())));
            }
            return paths;
        } catch (DataFileException | RuntimeException e) {
            LOG.log(Level.INFO, "Starting a new recent-projects list; {0} was unreadable: {1}", new Object[]{file.path(), e.getMessage()});
            return List.of();
        }
    }

    private void store(List<Path> paths) {
        JsonArray array = new JsonArray();
        paths.forEach(p -> array.add(p.toString()));
        JsonObject json = new JsonObject();
        json.add("projects", array);
        try {
            file.write(json);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot save the recent-projects list to " + file.path(), e);
        }
    }
}
