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
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.model.Project;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.project.ProjectFormat;
import org.sorastudio.queue.api.RenderQueue;

/**
 * The {@code run} command: the project's own journal beside its file, exactly the one the studio
 * uses, so either can resume what the other started. Shots are matched to jobs by shot id.
 */
final class ProjectRun {

    /** Where clips go when the project names no folder, as in the studio. */
    private static final String DEFAULT_CLIPS_FOLDER = "clips";

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
        // relative reference images are relative to the project's folder, as in the studio
        List<Shot> shots = project.shots().stream().map(shot -> shot.withReferenceResolvedAgainst(file.getParent())).toList();
        ShotChecks.requireValid(shots, shot -> "shot " + (shots.indexOf(shot) + 1) + " (" + shot.id() + ")",
                command.common.quiet || command.common.json, System.err);
        Path projectOutput = project.outputDirectory() == null ? file.resolveSibling(DEFAULT_CLIPS_FOLDER)
                : FilePaths.folder(file).resolve(project.outputDirectory());
        Path journal = RenderQueue.journalFor(file);
        ReferencePreparer references = new ReferencePreparer(journal, command.common.quiet || command.common.json, System.err);
        references.prepareAll(shots.iterator(), shot -> "shot " + (shots.indexOf(shot) + 1) + " (" + shot.id() + ")");
        return setup.runQueue(journal, setup.output(projectOutput), shots.stream().map(references::prepared));
    }
}
