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
import java.util.Objects;
import java.util.Optional;
import org.sorastudio.queue.api.RenderQueue;

/**
 * Where one project's production goes: its queue journal, the folder its clips and sidecars are written to, and (from
 * the journal) the folder its prepared reference images are kept in. The studio and the CLI take these from
 * {@link ShotProduction#places}, so either resumes what the other started.
 *
 * @param projectFolder the folder a relative reference image is relative to; empty for a project never saved
 * @param journal       the queue journal
 * @param clipFolder    where clips and their sidecars go
 */
public record ProductionPlaces(Optional<Path> projectFolder, Path journal, Path clipFolder) {

    public ProductionPlaces {
        Objects.requireNonNull(projectFolder, "projectFolder");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(clipFolder, "clipFolder");
    }

    /** Where the prepared reference images are kept, beside the journal, so a resumed job uploads the same bytes. */
    public Path referencesFolder() {
        return RenderQueue.referencesFolderFor(journal);
    }

    /** The same places with the clips going to {@code folder} instead (the CLI's {@code --output}). */
    public ProductionPlaces withClipFolder(Path folder) {
        return new ProductionPlaces(projectFolder, journal, folder);
    }
}
