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
package org.sorastudio.characters.ui;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.settings.StudioDirectories;

/**
 * The characters kept on this computer: {@code characters/characters.json} in the studio's user directory (written
 * atomically, so a kill at any moment leaves the old or the new list) and a PNG thumbnail per character beside it.
 * Deleting forgets a character here only: the API has no call to delete one on the server. Thread-safe; listeners
 * hear every change on the thread that made it.
 */
final class CharacterLibrary {

    private static final Logger LOG = Logger.getLogger(CharacterLibrary.class.getName());
    private static final int FORMAT = 1;

    private final Path folder;
    private final JsonDataFile file;
    private final List<Character> characters = new ArrayList<>();
    private final List<Consumer<List<Character>>> listeners = new CopyOnWriteArrayList<>();
    private String problem;

    CharacterLibrary(Path folder) {
        this.folder = folder;
        this.file = new JsonDataFile(folder.resolve("characters.json"));
        load();
    }

    /** The studio's library, in its user directory. */
    static CharacterLibrary inUserDirectory() {
        return new CharacterLibrary(StudioDirectories.userDirectory().resolve("characters"));
    }

    Path folder() {
        return folder;
    }

    synchronized List<Character> characters() {
        return List.copyOf(characters);
    }

    /** Why the stored list could not be read (it is then left untouched until the next change), or empty. */
    synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    synchronized Optional<Character> named(String name) {
        return characters.stream().filter(character -> character.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    void addListener(Consumer<List<Character>> listener) {
        listeners.add(listener);
    }

    /** Adds a character made on the server and saves the list before returning. */
    void add(Character character) throws IOException {
        List<Character> now;
        synchronized (this) {
            characters.add(character);
            try {
                save();
            } catch (IOException e) {
                characters.remove(character);
                throw e;
            }
            now = List.copyOf(characters);
        }
        listeners.forEach(listener -> listener.accept(now));
    }

    /** Forgets a character here (its thumbnail too); the server keeps it. */
    void remove(String id) throws IOException {
        List<Character> now;
        Character removed;
        synchronized (this) {
            removed = characters.stream().filter(character -> character.id().equals(id)).findFirst().orElse(null);
            if (removed == null) {
                return;
            }
            characters.remove(removed);
            try {
                save();
            } catch (IOException e) {
                characters.add(removed);
                throw e;
            }
            now = List.copyOf(characters);
        }
        if (removed.thumbnail() != null) {
            Files.deleteIfExists(folder.resolve(removed.thumbnail()));
        }
        listeners.forEach(listener -> listener.accept(now));
    }

    /** The thumbnail file of a character, when it has one. */
    Optional<Path> thumbnail(Character character) {
        return Optional.ofNullable(character.thumbnail()).map(folder::resolve).filter(Files::isRegularFile);
    }

    private synchronized void load() {
        if (!file.exists()) {
            return;
        }
        try {
            JsonObject json = file.read();
            JsonElement list = json.get("characters");
            if (list == null || !list.isJsonArray()) {
                throw new IllegalStateException("it has no \"characters\" list");
            }
            for (JsonElement element : list.getAsJsonArray()) {
                JsonObject entry = element.getAsJsonObject();
                characters.add(new Character(text(entry, "id"), text(entry, "name"), text(entry, "profile"),
                        Instant.ofEpochSecond(entry.get("createdAt").getAsLong()), text(entry, "thumbnail")));
            }
        } catch (DataFileException | RuntimeException e) {
            characters.clear();
            problem = file.path() + " cannot be read (" + e.getMessage() + ")";
            LOG.log(Level.WARNING, problem, e);
        }
    }

    private synchronized void save() throws IOException {
        Files.createDirectories(folder);
        if (problem != null && file.exists()) {
            // the unreadable list is kept beside the new one for a person to look at, never overwritten
            Files.move(file.path(), file.path().resolveSibling("characters.json.unreadable-" + System.currentTimeMillis()));
        }
        JsonArray list = new JsonArray();
        for (Character character : characters) {
            JsonObject entry = new JsonObject();
            entry.addProperty("id", character.id());
            entry.addProperty("name", character.name());
            entry.addProperty("profile", character.profile());
            entry.addProperty("createdAt", character.createdAt().getEpochSecond());
            entry.addProperty("thumbnail", character.thumbnail());
            list.add(entry);
        }
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        json.add("characters", list);
        file.write(json);
        problem = null;
    }

    private static String text(JsonObject json, String key) {
        JsonElement value = json.get(key);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
