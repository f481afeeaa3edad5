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
package org.sorastudio.production.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.model.Settings;
import org.openide.util.Lookup;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.ShotProgress;
import org.sorastudio.production.impl.DefaultShotProduction;

/**
 * "Send these shots", the one use case behind the Shot editor's Generate, the CSV wizard's Finish, the studio's queue
 * and the CLI's {@code run}, {@code shot} and {@code batch}: where a project's journal and clips go, how its shots'
 * reference images are resolved and prepared, and what sending does to the open project. Found in Lookup; the
 * production module registers the implementation. Headless: no window, no event thread.
 */
public interface ShotProduction {

    /**
     * The places of a project. The journal is {@code PROJECT.sorastudio.queue.json} beside the project file, or
     * {@code unsaved-project.sorastudio.queue.json} in the user directory for a project never saved. Clips go to the
     * project's own output folder (relative to the project's folder, or absolute), else to the settings' clip folder,
     * else to {@code clips} beside the project (in the user directory for a project never saved).
     *
     * @param projectFile the project's file; empty for a project never saved
     */
    ProductionPlaces places(Optional<Path> projectFile, Project project, Settings settings);

    /** The places of the project open in the {@link org.sorastudio.core.project.ProjectSession}, with the current settings. */
    ProductionPlaces placesOfOpenProject();

    /** A new preparer of reference images into {@code places}' references folder (each image prepared once). */
    ReferencePreparation references(ProductionPlaces places);

    /**
     * Sends {@code shots}: adds to the open project those it does not hold yet (by id), hands them all to the
     * {@link org.sorastudio.core.spi.GenerationQueue} and records their prompts in the prompt history. Returns without
     * waiting for the network, but may write the history file: call it off the event thread.
     */
    default SendOutcome send(List<Shot> shots) {
        return send(shots, null);
    }

    /**
     * Sends {@code shots} as {@link #send(List)} does and tells {@code progress} what becomes of them (queued, held back,
     * failed, completed); {@code null} for nobody.
     */
    SendOutcome send(List<Shot> shots, ShotProgress progress);

    /** Adds to the open project those of {@code shots} it does not hold yet, as drafts: nothing is queued. */
    SendOutcome keepAsDrafts(List<Shot> shots);

    /**
     * A production working on the project session, queue, settings and history found in {@code services} rather than
     * in the default Lookup: for a caller that is handed its services, such as a wizard under test.
     */
    static ShotProduction using(Lookup services) {
        return new DefaultShotProduction(services);
    }

    /** What {@link #send} or {@link #keepAsDrafts} did. */
    enum SendOutcome {
        /** Queued, and added to the open project (those it lacked). */
        QUEUED,
        /** Added to the project (those it lacked); not queued: drafts were asked for. */
        KEPT_AS_DRAFTS,
        /** Added to the project (those it lacked), but no generation queue is installed, so nothing was sent. */
        NO_QUEUE,
        /** Nothing was done: there is no project session to add them to (and, for {@link #send}, no queue either). */
        NO_PROJECT
    }
}
