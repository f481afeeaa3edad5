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
package org.sorastudio.capabilities.impl;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.capabilities.api.CapabilityTable;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.core.spi.VideoLimits;

/**
 * The limits of extensions and characters: the capability table's, except where a server said otherwise. When a
 * server refuses an extension length and lists the values it supports ({@code "Supported values are: '4', '8'
 * and '12'."}), that list replaces the table's for the profile, in memory and in {@value #FILE_NAME} in the user
 * directory, so the next check (the studio's dialog, the CLI's {@code --seconds}) offers what the server takes.
 */
@ServiceProvider(service = VideoLimits.class, position = 100)
public final class TableVideoLimits implements VideoLimits {

    static final String FILE_NAME = "server-limits.json";
    private static final Logger LOG = Logger.getLogger(TableVideoLimits.class.getName());
    private static final Pattern SUPPORTED = Pattern.compile("Supported values are:(.*)", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("'?\\b([0-9]{1,4})\\b'?");

    private final CapabilityTable table;
    private final JsonDataFile answers;
    private final Map<String, List<Integer>> extensionSeconds = new ConcurrentHashMap<>();

    public TableVideoLimits() {
        this(CapabilityTable.load(StudioDirectories.userDirectory().resolve(CapabilityTable.FILE_NAME)),
                StudioDirectories.userDirectory().resolve(FILE_NAME));
    }

    public TableVideoLimits(CapabilityTable table, Path answersFile) {
        this.table = table;
        this.answers = new JsonDataFile(answersFile);
        readAnswers();
    }

    @Override
    public Limits limits(String profile) {
        Limits fromTable = table.limits();
        List<Integer> answered = profile == null ? null : extensionSeconds.get(profile);
        return answered == null ? fromTable : new Limits(answered, fromTable.characterClipMinSeconds(),
                fromTable.characterClipMaxSeconds(), fromTable.characterNameMaxLength());
    }

    @Override
    public void serverRefused(String profile, String operation, String param, String message) {
        if (profile == null || !"extension".equals(operation) || !"seconds".equals(param) || message == null) {
            return;
        }
        List<Integer> supported = supportedValues(message);
        if (supported.isEmpty()) {
            return;
        }
        extensionSeconds.put(profile, supported);
        writeAnswers();
    }

    /** The numbers after "Supported values are:" in an API error message; empty when it lists none. */
    static List<Integer> supportedValues(String message) {
        Matcher list = SUPPORTED.matcher(message);
        List<Integer> values = new ArrayList<>();
        if (list.find()) {
            Matcher number = NUMBER.matcher(list.group(1));
            while (number.find()) {
                values.add(Integer.parseInt(number.group(1)));
            }
        }
        return List.copyOf(values);
    }

    private void readAnswers() {
        if (!answers.exists()) {
            return;
        }
        try {
            JsonObject json = answers.read();
            for (String profile : json.keySet()) {
                JsonObject entry = json.getAsJsonObject(profile);
                if (entry.has("extensionSeconds")) {
                    List<Integer> seconds = new ArrayList<>();
                    entry.getAsJsonArray("extensionSeconds").forEach(s -> seconds.add(s.getAsInt()));
                    extensionSeconds.put(profile, List.copyOf(seconds));
                }
            }
        } catch (DataFileException | RuntimeException e) {
            LOG.log(Level.INFO, "Ignoring the unreadable server answers {0}: {1}", new Object[]{answers.path(), e.getMessage()});
        }
    }

    private synchronized void writeAnswers() {
        JsonObject json = new JsonObject();
        extensionSeconds.forEach((profile, seconds) -> {
            JsonObject entry = new JsonObject();
            JsonArray list = new JsonArray();
            seconds.forEach(list::add);
            entry.add("extensionSeconds", list);
            json.add(profile, entry);
        });
        try {
            answers.write(json);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot keep the server''s answer in {0}: {1}", new Object[]{answers.path(), e.getMessage()});
        }
    }
}
