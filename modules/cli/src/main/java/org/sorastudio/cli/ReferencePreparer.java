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

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sorastudio.core.model.Shot;
import org.sorastudio.images.ImageProblemException;
import org.sorastudio.images.PreparedReference;
import org.sorastudio.images.ReferenceImages;
import org.sorastudio.production.api.ReferencePreparation;

/**
 * Prepares every shot's reference image (the production module's {@link ReferencePreparation}, as the studio's queue
 * does) before anything is queued, so a damaged image stops the run with exit 3 and nothing sent, and a job uploads
 * the prepared file: a resumed run finds the same file under the same name. What this adds for a terminal: every
 * image that cannot be used is listed, and the preparation's warnings are printed.
 */
final class ReferencePreparer {

    private final ReferencePreparation preparation;
    private final boolean quiet;
    private final PrintStream err;

    ReferencePreparer(ReferencePreparation preparation, boolean quiet, PrintStream err) {
        this.preparation = preparation;
        this.quiet = quiet;
        this.err = err;
    }

    /**
     * Prepares the reference of every shot that has a local one.
     *
     * @param label names a shot in messages, e.g. "rows.csv line 3"
     * @throws CliException with {@link ExitCode#INVALID_INPUT} listing every image that cannot be used
     */
    void prepareAll(Iterator<Shot> shots, Function<Shot, String> label) {
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (shots.hasNext()) {
            Shot shot = preparation.resolved(shots.next());
            if (!ReferenceImages.hasLocalReference(shot) || !seen.add(key(shot))) {
                continue;
            }
            try {
                preparation.prepare(shot).reference().ifPresent(reference -> warn(label.apply(shot),
                        Path.of(shot.referenceImage().strip()), reference));
            } catch (ImageProblemException e) {
                errors.add(label.apply(shot) + " (reference): " + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> err.println("error: " + e));
            throw new CliException(ExitCode.INVALID_INPUT, "nothing was submitted: " + errors.size()
                    + (errors.size() == 1 ? " reference image cannot be used." : " reference images cannot be used."));
        }
    }

    /** Prints the warnings of preparing, except the header's (enlarging, a big file): the shot checks showed those. */
    private void warn(String shot, Path source, PreparedReference reference) {
        if (quiet) {
            return;
        }
        List<String> news = new ArrayList<>(reference.warnings());
        news.removeAll(ReferenceImages.warnings(source, reference.source(), reference.width(),
                reference.height(), reference.fit()));
        news.forEach(w -> err.println("warning: " + shot + ": " + w));
    }

    /** The shot as its job sends it; {@link #prepareAll} has prepared its reference. */
    Shot prepared(Shot shot) {
        try {
            return preparation.prepare(shot).shot();
        } catch (ImageProblemException e) {
            throw new IllegalStateException("prepareAll let through a reference it could not prepare", e);
        }
    }

    private static String key(Shot shot) {
        return shot.referenceImage().strip() + "|" + shot.size() + "|" + shot.referenceFit().orElse("");
    }
}
