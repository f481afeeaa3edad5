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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Settings;
import org.openide.util.lookup.ServiceProvider;

/**
 * The studio's settings in {@code config.json} under the user directory. A missing file means
 * defaults; a broken one is reported once in the log and falls back to its backup, then defaults,
 * and is never overwritten until the user changes a setting. A readable file with bad values (from an
 * older version, or edited by hand) is migrated by {@link SettingsMigration}: the values that were reset
 * are kept for {@link #takeResetOnLoad()} (the studio tells the user once) and the migrated settings are
 * written back, so the next start is quiet.
 */
@ServiceProvider(service = SettingsStore.class)
public class SettingsStore {

    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    public static final String FILE_NAME = "config.json";

    private final JsonDataFile file;
    private final List<Consumer<Settings>> listeners = new CopyOnWriteArrayList<>();
    private Settings current;
    private List<String> resetOnLoad = List.of();

    public SettingsStore() {
        this(StudioDirectories.userDirectory().resolve(FILE_NAME));
    }

    public SettingsStore(Path path) {
        this.file = new JsonDataFile(path);
    }

    public Path path() {
        return file.path();
    }

    public synchronized Settings get() {
        if (current == null) {
            current = load();
        }
        return current;
    }

    public void update(Settings settings) throws IOException {
        synchronized (this) {
            file.write(Json.GSON.toJsonTree(settings));
            current = settings;
        }
        listeners.forEach(listener -> listener.accept(settings));
    }

    /**
     * Applies {@code change} to the settings as they are now and saves the result, so two editors that each own a
     * part of the settings (the Options pages) never write back a stale copy of the other's part.
     */
    public Settings update(UnaryOperator<Settings> change) throws IOException {
        Settings changed;
        synchronized (this) {
            changed = change.apply(get());
            file.write(Json.GSON.toJsonTree(changed));
            current = changed;
        }
        Settings published = changed;
        listeners.forEach(listener -> listener.accept(published));
        return changed;
    }

    /**
     * The fields of the settings file that could not be kept when it was read (described for a person), once:
     * a second call answers an empty list, so the studio says it only once.
     */
    public synchronized List<String> takeResetOnLoad() {
        get();
        List<String> reset = resetOnLoad;
        resetOnLoad = List.of();
        return reset;
    }

    public void addListener(Consumer<Settings> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Settings> listener) {
        listeners.remove(listener);
    }

    private Settings load() {
        if (!file.exists()) {
            return Settings.defaults();
        }
        try {
            SettingsMigration.Result migrated = SettingsMigration.read(file.read());
            if (!migrated.reset().isEmpty()) {
                resetOnLoad = migrated.reset();
                LOG.log(Level.WARNING, "Settings file {0}: reset to their defaults or dropped: {1}", new Object[]{file.path(),
                    String.join(", ", migrated.reset())});
                writeMigrated(migrated.settings());
            }
            return migrated.settings();
        } catch (DataFileException broken) {
            LOG.log(Level.WARNING, "Settings file {0} is unreadable ({1}); using its backup or defaults",
                    new Object[]{broken.file(), broken.problem()});
            return broken.backup().map(SettingsStore::readQuietly).orElseGet(Settings::defaults);
        }
    }

    private void writeMigrated(Settings migrated) {
        try {
            file.write(Json.GSON.toJsonTree(migrated));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write the migrated settings to {0}: {1}", new Object[]{file.path(), e.getMessage()});
        }
    }

    private static Settings readQuietly(Path backup) {
        try {
            return SettingsMigration.read(JsonDataFile.read(backup)).settings();
        } catch (DataFileException e) {
            return Settings.defaults();
        }
    }
}
