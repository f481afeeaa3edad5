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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sorastudio.core.model.Shot;

/** The {@code shot} command: one shot, journaled under a digest of its request. */
final class ShotRun {

    private static final String SHOT_ID = "shot";

    private final ShotCommand command;
    private final RunSetup setup;

    ShotRun(ShotCommand command) {
        this.command = command;
        this.setup = new RunSetup(command.common);
    }

    int execute() {
        Path reference = command.reference == null ? null : command.reference.toAbsolutePath().normalize();
        Shot shot = new Shot(SHOT_ID, command.prompt, command.model, command.size, command.seconds,
                reference == null ? null : reference.toString(), Map.of()).withReferenceFit(FitOption.check(command.fit));
        ShotChecks.requireValid(List.of(shot), s -> "the shot", command.common.quiet || command.common.json, System.err);
        Path output = setup.output();
        RequestDigest digest = new RequestDigest("shot").add(shot.prompt()).add(shot.model()).add(shot.size())
                .add(shot.seconds()).add(shot.referenceImage()).add(setup.serverName());
        if (reference != null && Files.isRegularFile(reference)) {
            digest.addFile(reference).add(shot.referenceFit().orElse(""));
        }
        Path journal = digest.journalIn(output, "shot");
        ReferencePreparer references = RunSetup.referencesBeside(journal, output, command.common.quiet || command.common.json);
        references.prepareAll(List.of(shot).iterator(), s -> "the shot");
        return setup.runQueue(journal, output, Stream.of(references.prepared(shot)));
    }
}
