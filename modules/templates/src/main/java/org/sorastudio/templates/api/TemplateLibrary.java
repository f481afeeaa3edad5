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
package org.sorastudio.templates.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.model.Template;

/**
 * The user's prompt templates, kept in {@code templates.json} in the user directory. Registered in
 * Lookup. Lists come pinned first, then by name.
 *
 * <p>A broken file is never replaced behind the user's back: every call that needs the templates
 * throws {@link DataFileException} (saying which file and what is wrong) until the file is fixed,
 * {@link #restoreBackup() restored from its backup} or {@link #setAsideBrokenFile() set aside}.
 */
public interface TemplateLibrary {

    String FILE_NAME = "templates.json";

    List<Template> list() throws DataFileException;

    /** Templates matching a search as typed; see {@link TemplateFilter} for the syntax. */
    List<Template> search(String query) throws DataFileException;

    Optional<Template> find(String id) throws DataFileException;

    /** Every tag in use, sorted, for a filter list. */
    List<String> tags() throws DataFileException;

    /**
     * Adds the template, or replaces the one with the same id.
     *
     * @throws IllegalArgumentException when the id or the name is blank
     */
    Template save(Template template) throws DataFileException, IOException;

    /** A copy under a new id, named "NAME (copy)", not pinned. */
    Template duplicate(String id) throws DataFileException, IOException;

    /** Removes the template; {@code false} when there was none with that id. */
    boolean delete(String id) throws DataFileException, IOException;

    Template setPinned(String id, boolean pinned) throws DataFileException, IOException;

    /**
     * Adds the templates of an exported file. Templates identical to one already present are
     * skipped; one whose id is taken by a different template gets a new id.
     */
    ImportResult importFrom(Path file) throws DataFileException, IOException;

    /** Writes {@code templates} to {@code file} in the format {@link #importFrom} reads. */
    void exportTo(Path file, Collection<Template> templates) throws IOException;

    /** Replaces a broken file with its backup, after checking the backup reads. */
    void restoreBackup() throws DataFileException, IOException;

    /** Renames a broken file to {@code templates.json.broken-TIMESTAMP} and starts an empty library; returns the new name. */
    Path setAsideBrokenFile() throws IOException;

    /** Called after every change, on the thread that made it. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
