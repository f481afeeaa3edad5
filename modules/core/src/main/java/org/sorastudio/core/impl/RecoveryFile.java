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
package org.sorastudio.core.impl;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.AtomicFile;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.project.ProjectFormat;
import org.sorastudio.core.project.ProjectSession.Recovery;

/**
 * The autosave of unsaved work: one JSON file holding the project, the file it belongs to and when
 * it was saved, so that the three are always written together.
 */
final class RecoveryFile {

    private static final Logger LOG = Logger.getLogger(RecoveryFile.class.getName());

    private final JsonDataFile file;
    private final ProjectFormat format;

    RecoveryFile(Path path, ProjectFormat format) {
        this.file = new JsonDataFile(path);
        this.format = format;
    }

    void write(Project project, Path originalFile) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("savedAt", Instant.now().toString());
        if (originalFile != null) {
            json.addProperty("originalFile", originalFile.toString());
        }
        json.add("project", format.toJson(project));
        file.write(json);
    }

    Optional<Recovery> read() {
        if (!file.exists()) {
            return Optional.empty();
        }
        Optional<Recovery> recovery = parse(file.path());
        return recovery.isPresent() ? recovery : parse(new AtomicFile(file.path()).backup());
    }

    private Optional<Recovery> parse(Path path) {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            JsonObject json = JsonDataFile.read(path);
            Project project = format.fromJson(json.getAsJsonObject("project"), path);
            Path original = json.has("originalFile") ? Path.of(json.get("originalFile").getAsString()) : null;
            return Optional.of(new Recovery(project, original, Instant.parse(json.get("savedAt").getAsString())));
        } catch (DataFileException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring an unreadable autosave {0}: {1}", new Object[]{path, e.getMessage()});
            return Optional.empty();
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file.path());
            Files.deleteIfExists(new AtomicFile(file.path()).backup());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove the autosave " + file.path(), e);
        }
    }
}
