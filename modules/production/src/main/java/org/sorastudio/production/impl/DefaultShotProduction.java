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
package org.sorastudio.production.impl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.project.ProjectSession;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.core.spi.GenerationQueue;
import org.sorastudio.core.spi.ShotProgress;
import org.sorastudio.production.api.ProductionPlaces;
import org.sorastudio.production.api.ReferencePreparation;
import org.sorastudio.production.api.ShotProduction;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.templates.api.PromptHistory;

/** The one implementation: the project, queue, settings and history it works on are whatever its Lookup holds at each call. */
@ServiceProvider(service = ShotProduction.class)
public final class DefaultShotProduction implements ShotProduction {

    /** The journal of a project never saved, in the user directory; a first save moves it beside the project. */
    static final String UNSAVED_JOURNAL = "unsaved-project.sorastudio" + RenderQueue.JOURNAL_SUFFIX;
    /** The clip folder's name beside a project that names none, when the settings name none either. */
    static final String DEFAULT_CLIP_FOLDER = "clips";

    private final Lookup services;

    /** Works on the studio's (or the CLI's) default Lookup. */
    public DefaultShotProduction() {
        this(Lookup.getDefault());
    }

    public DefaultShotProduction(Lookup services) {
        this.services = services;
    }

    @Override
    public ProductionPlaces places(Optional<Path> projectFile, Project project, Settings settings) {
        Optional<Path> file = projectFile.map(Path::toAbsolutePath).map(Path::normalize);
        Optional<Path> folder = file.map(FilePaths::folder);
        Path base = folder.orElseGet(StudioDirectories::userDirectory);
        Path journal = file.map(RenderQueue::journalFor).orElseGet(() -> StudioDirectories.userDirectory().resolve(UNSAVED_JOURNAL));
        return new ProductionPlaces(folder, journal, clipFolder(base, project, settings));
    }

    /** The project's folder (relative to the project), else the settings' folder, else {@code clips} beside the project. */
    private static Path clipFolder(Path base, Project project, Settings settings) {
        if (project != null && project.outputDirectory() != null && !project.outputDirectory().isBlank()) {
            return base.resolve(project.outputDirectory());
        }
        if (settings.outputDirectory() != null && !settings.outputDirectory().isBlank()) {
            return Path.of(settings.outputDirectory());
        }
        return base.resolve(DEFAULT_CLIP_FOLDER);
    }

    @Override
    public ProductionPlaces placesOfOpenProject() {
        ProjectSession session = services.lookup(ProjectSession.class);
        SettingsStore store = services.lookup(SettingsStore.class);
        Settings settings = store == null ? Settings.defaults() : store.get();
        if (session == null) {
            return places(Optional.empty(), null, settings);
        }
        return places(session.file(), session.project(), settings);
    }

    @Override
    public ReferencePreparation references(ProductionPlaces places) {
        return new ReferencePreparation(places);
    }

    @Override
    public SendOutcome send(List<Shot> shots, ShotProgress progress) {
        boolean added = addToProject(shots);
        GenerationQueue queue = services.lookup(GenerationQueue.class);
        if (queue == null) {
            return added ? SendOutcome.NO_QUEUE : SendOutcome.NO_PROJECT;
        }
        if (progress == null) {
            queue.enqueue(shots);
        } else {
            queue.enqueue(shots, progress);
        }
        PromptHistory history = services.lookup(PromptHistory.class);
        if (history != null) {
            history.recordAll(lastDistinctPrompts(shots));
        }
        return SendOutcome.QUEUED;
    }

    @Override
    public SendOutcome keepAsDrafts(List<Shot> shots) {
        return addToProject(shots) ? SendOutcome.KEPT_AS_DRAFTS : SendOutcome.NO_PROJECT;
    }

    /** Adds the shots the open project does not hold yet; false when there is no project session. */
    private boolean addToProject(List<Shot> shots) {
        ProjectSession session = services.lookup(ProjectSession.class);
        if (session == null) {
            return false;
        }
        session.edit(project -> {
            Set<String> held = project.shots().stream().map(Shot::id).collect(Collectors.toSet());
            List<Shot> missing = shots.stream().filter(shot -> held.add(shot.id())).toList();
            if (missing.isEmpty()) {
                return project;
            }
            List<Shot> all = new ArrayList<>(project.shots());
            all.addAll(missing);
            return project.withShots(all);
        });
        return true;
    }

    /** The prompts in sending order, each once, no more than the history keeps (a long batch only keeps its last). */
    static List<String> lastDistinctPrompts(List<Shot> shots) {
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = shots.size() - 1; i >= 0 && distinct.size() < PromptHistory.LIMIT; i--) {
            distinct.add(shots.get(i).prompt());
        }
        List<String> prompts = new ArrayList<>(distinct);
        java.util.Collections.reverse(prompts);
        return prompts;
    }
}
