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

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.project.ProjectFormat;
import org.sorastudio.core.project.ProjectSession;
import org.sorastudio.core.project.RecentProjects;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.core.settings.StudioDirectories;

/** The studio's single project session, autosaving into the user directory. */
@ServiceProvider(service = ProjectSession.class)
public final class DefaultProjectSession implements ProjectSession {

    private final ProjectFormat format = new ProjectFormat();
    private final RecoveryFile recoveryFile;
    private final Autosaver autosaver;
    private final List<Consumer<ProjectSession>> listeners = new CopyOnWriteArrayList<>();

    private Project project = Project.empty();
    private Path file;
    private boolean dirty;
    private long revision;
    private long autosavedRevision;

    public DefaultProjectSession() {
        this(StudioDirectories.userDirectory().resolve("autosave"),
                Lookup.getDefault().lookup(SettingsStore.class).get().autosaveSeconds());
    }

    public DefaultProjectSession(Path autosaveFolder, int autosaveSeconds) {
        this.recoveryFile = new RecoveryFile(autosaveFolder.resolve("recovery.json"), format);
        this.autosaver = new Autosaver(this::autosave, autosaveSeconds);
    }

    @Override
    public synchronized Project project() {
        return project;
    }

    @Override
    public synchronized Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public synchronized boolean isDirty() {
        return dirty;
    }

    @Override
    public void edit(UnaryOperator<Project> change) {
        synchronized (this) {
            Project changed = change.apply(project);
            if (changed.equals(project)) {
                return;
            }
            project = changed;
            dirty = true;
            revision++;
        }
        autosaver.changed();
        fire();
    }

    @Override
    public void newProject() {
        replace(Project.empty(), null);
    }

    @Override
    public void open(Path path) throws DataFileException {
        Project loaded = format.read(path);
        replace(loaded, path.toAbsolutePath());
        recent().add(path);
    }

    @Override
    public void save() throws IOException {
        Path target = file().orElseThrow(() -> new IllegalStateException("a new project needs Save As"));
        saveAs(target);
    }

    @Override
    public void saveAs(Path path) throws IOException {
        Project snapshot;
        long savedRevision;
        synchronized (this) {
            if (project.name().equals(Project.empty().name())) {
                project = project.withName(baseName(path));
                revision++;
            }
            snapshot = project;
            savedRevision = revision;
        }
        format.write(snapshot, path);
        synchronized (this) {
            file = path.toAbsolutePath();
            dirty = revision != savedRevision;
        }
        if (!isDirty()) {
            recoveryFile.delete();
        }
        recent().add(path);
        fire();
    }

    @Override
    public Optional<Recovery> pendingRecovery() {
        return recoveryFile.read();
    }

    @Override
    public void restore(Recovery recovery) {
        replace(recovery.project(), recovery.originalFile());
        synchronized (this) {
            dirty = true;
        }
        fire();
    }

    @Override
    public void discardRecovery() {
        recoveryFile.delete();
    }

    @Override
    public void discardChanges() {
        synchronized (this) {
            dirty = false;
        }
        recoveryFile.delete();
        fire();
    }

    @Override
    public void shutdown() {
        autosaver.close();
    }

    @Override
    public void addListener(Consumer<ProjectSession> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<ProjectSession> listener) {
        listeners.remove(listener);
    }

    /** Writes the recovery file when there is unsaved work; called by the autosaver off the caller's thread. */
    void autosave() throws IOException {
        Project snapshot;
        Path original;
        synchronized (this) {
            if (!dirty || autosavedRevision == revision) {
                return;
            }
            snapshot = project;
            original = file;
            autosavedRevision = revision;
        }
        recoveryFile.write(snapshot, original);
    }

    /** An untitled project takes the name of the file it is first saved to. */
    private static String baseName(Path path) {
        String name = FilePaths.name(path);
        return name.endsWith(ProjectFormat.EXTENSION) ? name.substring(0, name.length() - ProjectFormat.EXTENSION.length()) : name;
    }

    private void replace(Project replacement, Path path) {
        synchronized (this) {
            project = replacement;
            file = path;
            dirty = false;
            revision++;
        }
        recoveryFile.delete();
        fire();
    }

    private void fire() {
        listeners.forEach(listener -> listener.accept(this));
    }

    private static RecentProjects recent() {
        return Lookup.getDefault().lookup(RecentProjects.class);
    }
}
