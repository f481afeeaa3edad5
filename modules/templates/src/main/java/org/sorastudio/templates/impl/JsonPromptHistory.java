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
package org.sorastudio.templates.impl;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.templates.api.HistoryEntry;
import org.sorastudio.templates.api.PromptHistory;

/** The prompt history in one JSON file, rewritten atomically on every change. */
@ServiceProvider(service = PromptHistory.class)
public final class JsonPromptHistory implements PromptHistory {

    private static final Logger LOG = Logger.getLogger(JsonPromptHistory.class.getName());
    private static final int VERSION = 1;

    private final JsonDataFile file;
    private final Clock clock;
    private final ListenerList listeners = new ListenerList();
    private List<HistoryEntry> loaded;
    /** Set when an unreadable file could not be moved aside: it is then left alone, and history lives in memory only. */
    private boolean keepOffFile;

    public JsonPromptHistory() {
        this(StudioDirectories.userDirectory().resolve(FILE_NAME), Clock.systemUTC());
    }

    public JsonPromptHistory(Path path, Clock clock) {
        this.file = new JsonDataFile(path);
        this.clock = clock;
    }

    @Override
    public synchronized void record(String prompt) {
        recordAll(java.util.Collections.singletonList(prompt));
    }

    /** Writes the file once for all of them: a batch of a thousand shots is one write, not a thousand. */
    @Override
    public synchronized void recordAll(List<String> prompts) {
        List<HistoryEntry> updated = new ArrayList<>(entries());
        boolean changed = false;
        for (String prompt : prompts) {
            if (prompt == null || prompt.isBlank()) {
                continue;
            }
            String text = prompt.strip();
            int uses = 1;
            for (int i = 0; i < updated.size(); i++) {
                if (updated.get(i).prompt().equals(text)) {
                    uses += updated.remove(i).uses();
                    break;
                }
            }
            updated.add(0, new HistoryEntry(text, clock.instant(), uses));
            changed = true;
        }
        if (changed) {
            store(updated.subList(0, Math.min(LIMIT, updated.size())));
        }
    }

    @Override
    public synchronized List<HistoryEntry> entries() {
        if (loaded == null) {
            loaded = file.exists() ? List.copyOf(readOrSetAside()) : List.of();
        }
        return loaded;
    }

    @Override
    public synchronized List<HistoryEntry> search(String query) {
        List<String> words = Arrays.stream((query == null ? "" : query).toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        return entries().stream()
                .filter(e -> words.stream().allMatch(e.prompt().toLowerCase(Locale.ROOT)::contains))
                .toList();
    }

    @Override
    public synchronized void remove(String prompt) {
        List<HistoryEntry> updated = new ArrayList<>(entries());
        if (updated.removeIf(e -> e.prompt().equals(prompt == null ? null : prompt.strip()))) {
            store(updated);
        }
    }

    @Override
    public synchronized void clear() {
        store(List.of());
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private List<HistoryEntry> readOrSetAside() {
        try {
            return read();
        } catch (DataFileException e) {
            try {
                Path moved = BrokenFiles.setAside(file.path(), clock);
                LOG.log(Level.WARNING, "The prompt history {0} could not be read ({1}); it was kept as {2} and a new history started.",
                        new Object[]{file.path(), e.problem(), moved.getFileName()});
            } catch (IOException moveFailure) {
                LOG.log(Level.WARNING, "The prompt history " + file.path() + " could not be read (" + e.problem()
                        + ") nor moved aside; it is left as it is and history is kept in memory only.", moveFailure);
                keepOffFile = true;
            }
            return List.of();
        }
    }

    private List<HistoryEntry> read() throws DataFileException {
        JsonElement prompts = file.read().get("prompts");
        if (prompts == null || !prompts.isJsonArray()) {
            throw new DataFileException(file.path(), "the file has no \"prompts\" list.", null);
        }
        List<HistoryEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonElement element : prompts.getAsJsonArray()) {
            index++;
            try {
                JsonObject object = element.getAsJsonObject();
                entries.add(new HistoryEntry(object.get("prompt").getAsString(), Instant.parse(object.get("lastUsed").getAsString()),
                        object.has("uses") ? object.get("uses").getAsInt() : 1));
            } catch (RuntimeException e) {
                throw new DataFileException(file.path(), "entry " + index + " is not a prompt with a time: " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private void store(List<HistoryEntry> entries) {
        JsonArray array = new JsonArray();
        for (HistoryEntry entry : entries) {
            JsonObject object = new JsonObject();
            object.addProperty("prompt", entry.prompt());
            object.addProperty("lastUsed", entry.lastUsed().toString());
            object.addProperty("uses", entry.uses());
            array.add(object);
        }
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        root.add("prompts", array);
        loaded = List.copyOf(entries);
        if (!keepOffFile) {
            try {
                file.write(root);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot save the prompt history to " + file.path(), e);
            }
        }
        listeners.fire();
    }
}
