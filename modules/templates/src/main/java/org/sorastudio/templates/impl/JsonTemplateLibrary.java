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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.io.AtomicFile;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.JsonDataFile;
import org.sorastudio.core.model.Template;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.templates.api.ImportResult;
import org.sorastudio.templates.api.TemplateFilter;
import org.sorastudio.templates.api.TemplateLibrary;

/** The template library in one JSON file, rewritten atomically on every change. */
@ServiceProvider(service = TemplateLibrary.class)
public final class JsonTemplateLibrary implements TemplateLibrary {

    private final JsonDataFile file;
    private final Clock clock;
    private final ListenerList listeners = new ListenerList();
    /** The file's content once read successfully; {@code null} until then, so a broken file is read again (and reported) each time. */
    private List<Template> loaded;

    public JsonTemplateLibrary() {
        this(StudioDirectories.userDirectory().resolve(FILE_NAME), Clock.systemUTC());
    }

    public JsonTemplateLibrary(Path path, Clock clock) {
        this.file = new JsonDataFile(path);
        this.clock = clock;
    }

    @Override
    public synchronized List<Template> list() throws DataFileException {
        return templates().stream().sorted(TemplateFilter.ORDER).toList();
    }

    @Override
    public synchronized List<Template> search(String query) throws DataFileException {
        return templates().stream().filter(TemplateFilter.parse(query)).sorted(TemplateFilter.ORDER).toList();
    }

    @Override
    public synchronized Optional<Template> find(String id) throws DataFileException {
        return templates().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<String> tags() throws DataFileException {
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        templates().forEach(t -> tags.addAll(t.tags()));
        return List.copyOf(tags);
    }

    @Override
    public synchronized Template save(Template template) throws DataFileException, IOException {
        if (template.id().isBlank()) {
            throw new IllegalArgumentException("A template needs an id; Templates.newTemplate makes one.");
        }
        if (template.name().isBlank()) {
            throw new IllegalArgumentException("A template needs a name.");
        }
        List<Template> updated = new ArrayList<>(templates());
        int index = indexOf(updated, template.id());
        if (index >= 0) {
            updated.set(index, template);
        } else {
            updated.add(template);
        }
        store(updated);
        return template;
    }

    @Override
    public synchronized Template duplicate(String id) throws DataFileException, IOException {
        Template original = require(id);
        return save(new Template(UUID.randomUUID().toString(), original.name() + " (copy)", original.prompt(), original.model(),
                original.size(), original.seconds(), original.tags(), original.notes(), false));
    }

    @Override
    public synchronized boolean delete(String id) throws DataFileException, IOException {
        List<Template> updated = new ArrayList<>(templates());
        int index = indexOf(updated, id);
        if (index < 0) {
            return false;
        }
        updated.remove(index);
        store(updated);
        return true;
    }

    @Override
    public synchronized Template setPinned(String id, boolean pinned) throws DataFileException, IOException {
        return save(withId(require(id), id, pinned));
    }

    @Override
    public synchronized ImportResult importFrom(Path source) throws DataFileException, IOException {
        List<Template> incoming = TemplateJson.read(source);
        List<Template> updated = new ArrayList<>(templates());
        List<Template> added = new ArrayList<>();
        int skipped = 0;
        for (Template template : incoming) {
            if (updated.stream().anyMatch(existing -> sameContent(existing, template))) {
                skipped++;
                continue;
            }
            Template stored = indexOf(updated, template.id()) < 0
                    ? template : withId(template, UUID.randomUUID().toString(), template.pinned());
            updated.add(stored);
            added.add(stored);
        }
        if (!added.isEmpty()) {
            store(updated);
        }
        return new ImportResult(added, skipped);
    }

    @Override
    public void exportTo(Path target, Collection<Template> templates) throws IOException {
        new JsonDataFile(target).write(TemplateJson.toJson(templates));
    }

    @Override
    public synchronized void restoreBackup() throws DataFileException, IOException {
        Path backup = new AtomicFile(file.path()).backup();
        if (!Files.isRegularFile(backup)) {
            throw new DataFileException(file.path(), "there is no backup (" + backup.getFileName() + ") to restore.", null);
        }
        List<Template> restored = TemplateJson.read(backup);
        if (Files.exists(file.path())) {
            BrokenFiles.setAside(file.path(), clock);
        }
        store(restored);
    }

    @Override
    public synchronized Path setAsideBrokenFile() throws IOException {
        Path moved = BrokenFiles.setAside(file.path(), clock);
        loaded = new ArrayList<>();
        listeners.fire();
        return moved;
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private List<Template> templates() throws DataFileException {
        if (loaded == null) {
            loaded = file.exists() ? TemplateJson.read(file.path()) : List.of();
        }
        return loaded;
    }

    private void store(List<Template> updated) throws IOException {
        file.write(TemplateJson.toJson(updated));
        loaded = List.copyOf(updated);
        listeners.fire();
    }

    private Template require(String id) throws DataFileException {
        return find(id).orElseThrow(() -> new IllegalArgumentException("There is no template with id " + id + "."));
    }

    private static int indexOf(List<Template> templates, String id) {
        for (int i = 0; i < templates.size(); i++) {
            if (templates.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Equal in everything the user wrote: id and pin do not count. */
    private static boolean sameContent(Template a, Template b) {
        return withId(a, "", false).equals(withId(b, "", false));
    }

    private static Template withId(Template t, String id, boolean pinned) {
        return new Template(id, t.name(), t.prompt(), t.model(), t.size(), t.seconds(), t.tags(), t.notes(), pinned);
    }
}
