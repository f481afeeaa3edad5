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

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sorastudio.core.model.Shot;
import org.sorastudio.images.FitSpec;
import org.sorastudio.images.ImageProblemException;
import org.sorastudio.images.PreparedReference;
import org.sorastudio.images.ReferenceImages;

/**
 * Turns shots into the shots a queue job sends: a reference image given relative to the project is resolved against
 * the project's folder, and a local one is fitted to the shot (images module) into the references folder beside the
 * journal, so a resumed job uploads the same file under the same name. Each distinct image, size and fit is prepared
 * once per preparation. Safe to use from several threads.
 */
public final class ReferencePreparation {

    private final Optional<Path> projectFolder;
    private final Path folder;
    private final Map<String, PreparedReference> prepared = new HashMap<>();

    public ReferencePreparation(ProductionPlaces places) {
        this.projectFolder = places.projectFolder();
        this.folder = places.referencesFolder();
    }

    /** The shot with a relative reference image resolved against the project's folder; URLs and absolute paths stay. */
    public Shot resolved(Shot shot) {
        return shot.withReferenceResolvedAgainst(projectFolder.orElse(null));
    }

    /**
     * The shot as its job sends it: resolved, and with a local reference replaced by the prepared file.
     *
     * @throws ImageProblemException with a sentence for a person when the image cannot be used
     */
    public Prepared prepare(Shot shot) throws ImageProblemException {
        Shot resolved = resolved(shot);
        if (!ReferenceImages.hasLocalReference(resolved)) {
            return new Prepared(resolved, Optional.empty());
        }
        PreparedReference reference = reference(resolved);
        return new Prepared(resolved.withReferenceImage(reference.file().toString()), Optional.of(reference));
    }

    private PreparedReference reference(Shot shot) throws ImageProblemException {
        String key = shot.referenceImage().strip() + "|" + shot.size() + "|" + shot.referenceFit().orElse("");
        synchronized (prepared) {
            PreparedReference known = prepared.get(key);
            if (known != null) {
                return known;
            }
        }
        FitSpec fit;
        try {
            fit = FitSpec.parse(shot.referenceFit().orElse(null));
        } catch (IllegalArgumentException e) {
            throw new ImageProblemException(e.getMessage(), e);
        }
        Path source;
        try {
            source = Path.of(shot.referenceImage().strip());
        } catch (InvalidPathException e) {
            throw new ImageProblemException("The reference image \"" + shot.referenceImage() + "\" is not a valid path.", e);
        }
        PreparedReference reference = ReferenceImages.prepare(source, shot.size(), fit, folder);
        synchronized (prepared) {
            prepared.putIfAbsent(key, reference);
        }
        return reference;
    }

    /**
     * A shot ready for its job.
     *
     * @param shot      the shot with its reference resolved and, when local, replaced by the prepared file
     * @param reference the prepared image (its source's header and warnings); empty without a local reference
     */
    public record Prepared(Shot shot, Optional<PreparedReference> reference) {
    }
}
