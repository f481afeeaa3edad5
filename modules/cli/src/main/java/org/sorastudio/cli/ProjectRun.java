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
package org.sorastudio.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.project.ProjectFormat;
import org.sorastudio.production.api.ProductionPlaces;
import org.sorastudio.production.api.ReferencePreparation;
import org.sorastudio.production.api.ShotProduction;

/**
 * The {@code run} command: the project's own journal, clip folder and prepared references, in the places the
 * studio uses ({@link ShotProduction#places}), so either can resume what the other started. Shots are matched to jobs
 * by shot id.
 */
final class ProjectRun {

    private final RunCommand command;
    private final RunSetup setup;

    ProjectRun(RunCommand command) {
        this.command = command;
        this.setup = new RunSetup(command.common);
    }

    int execute() {
        Path file = command.project.toAbsolutePath().normalize();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CliException(ExitCode.USAGE, "there is no project file " + file + ".");
        }
        Project project;
        try {
            project = new ProjectFormat().read(file);
        } catch (DataFileException e) {
            throw new CliException(ExitCode.INVALID_INPUT, "cannot read the project: " + e.getMessage());
        }
        ShotProduction production = RunSetup.production();
        ProductionPlaces places = production.places(Optional.of(file), project, setup.settings());
        ReferencePreparation preparation = production.references(places);
        // checked as they will be sent: relative reference images resolved against the project's folder
        List<Shot> shots = project.shots().stream().map(preparation::resolved).toList();
        boolean quiet = command.common.quiet || command.common.json;
        ShotChecks.requireValid(shots, shot -> "shot " + (shots.indexOf(shot) + 1) + " (" + shot.id() + ")", quiet, System.err);
        ReferencePreparer references = new ReferencePreparer(preparation, quiet, System.err);
        references.prepareAll(shots.iterator(), shot -> "shot " + (shots.indexOf(shot) + 1) + " (" + shot.id() + ")");
        return setup.runQueue(places.journal(), setup.output(places.clipFolder()), shots.stream().map(references::prepared));
    }
}
