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
package org.sorastudio.simulator.videos;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;

/**
 * The characters created so far. With a file (the state directory's {@code characters.json}) they
 * survive restarts: the whole list is written atomically before a create is answered. Characters are
 * few (one per person or creature in a story), so a rewrite per create costs nothing worth a journal.
 */
public final class CharacterStore {

    private static final Logger LOG = Logger.getLogger(CharacterStore.class.getName());

    private final JsonDataFile file;
    private final Random random;
    private final Map<String, Character> characters = new LinkedHashMap<>();

    /**
     * @param file where characters are kept, or null to keep them in memory
     * @param seed the simulator's seed: with the same seed and requests, ids repeat from run to run
     */
    public CharacterStore(Path file, long seed) {
        this.file = file == null ? null : new JsonDataFile(file);
        this.random = new Random(seed ^ 0x636861726163L);
        if (this.file != null && this.file.exists()) {
            restore();
        }
    }

    /**
     * Creates a character named {@code name} at {@code nowSeconds} and, with a file, makes it durable first.
     *
     * @throws IOException if it could not be recorded; it is then not created
     */
    public synchronized Character create(String name, long nowSeconds) throws IOException {
        Character character = new Character(nextId(), name, nowSeconds);
        characters.put(character.id(), character);
        try {
            save();
        } catch (IOException e) {
            characters.remove(character.id());
            throw e;
        }
        return character;
    }

    public synchronized Optional<Character> find(String id) {
        return Optional.ofNullable(characters.get(id));
    }

    public synchronized int count() {
        return characters.size();
    }

    private String nextId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return "char_" + HexFormat.of().formatHex(bytes);
    }

    private void save() throws IOException {
        if (file == null) {
            return;
        }
        JsonArray list = new JsonArray();
        for (Character character : characters.values()) {
            JsonObject json = new JsonObject();
            json.addProperty("id", character.id());
            json.addProperty("name", character.name());
            json.addProperty("created_at", character.createdAt());
            list.add(json);
        }
        JsonObject root = new JsonObject();
        root.add("characters", list);
        file.write(root);
    }

    /** Takes over the characters of earlier runs; a damaged file (and no good backup) starts an empty list. */
    private void restore() {
        try {
            JsonElement list = file.read().get("characters");
            if (list == null || !list.isJsonArray()) {
                throw new IllegalArgumentException(file.path() + " holds no 'characters' list");
            }
            for (JsonElement element : list.getAsJsonArray()) {
                JsonObject json = element.getAsJsonObject();
                Character character = new Character(json.get("id").getAsString(), json.get("name").getAsString(),
                        json.get("created_at").getAsLong());
                characters.put(character.id(), character);
                nextId(); // keeps a seeded id sequence where an uninterrupted run would have it
            }
        } catch (DataFileException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the simulator''s characters ({0}); starting without them",
                    e.getMessage());
            characters.clear();
        }
    }
}
