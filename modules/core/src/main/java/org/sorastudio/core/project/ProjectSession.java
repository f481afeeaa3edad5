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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.model.Project;

/**
 * The project the studio is working on, found in Lookup. Every change goes through {@link #edit},
 * which marks the project dirty and schedules an autosave into a recovery file, so that a crash
 * loses nothing that was typed more than a moment ago.
 */
public interface ProjectSession {

    Project project();

    /** The file the project was opened from or last saved to; empty for a new project. */
    Optional<Path> file();

    boolean isDirty();

    void edit(UnaryOperator<Project> change);

    void newProject();

    void open(Path file) throws DataFileException;

    /** Saves to {@link #file()}; a new project must use {@link #saveAs}. */
    void save() throws IOException;

    void saveAs(Path file) throws IOException;

    /** What an earlier session left unsaved when it ended without closing cleanly. */
    Optional<Recovery> pendingRecovery();

    /** Makes the recovered project current (dirty, with its original file if it had one). */
    void restore(Recovery recovery);

    /** Forgets the recovery file, e.g. when the user declines it or the studio closes cleanly. */
    void discardRecovery();

    /**
     * The user chose not to keep the unsaved changes: the session is marked clean and the recovery
     * file forgotten (the project stays in memory until it is replaced).
     */
    void discardChanges();

    /** Stops background work (the autosave timer); called when the studio or CLI ends. */
    void shutdown();

    void addListener(Consumer<ProjectSession> listener);

    void removeListener(Consumer<ProjectSession> listener);

    /** An autosaved project. */
    record Recovery(Project project, Path originalFile, Instant savedAt) {
    }
}
