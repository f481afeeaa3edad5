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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sorastudio.core.model.Shot;
import org.sorastudio.images.FitSpec;
import org.sorastudio.images.ImageProblemException;
import org.sorastudio.images.PreparedReference;
import org.sorastudio.images.ReferenceImages;
import org.sorastudio.queue.api.RenderQueue;

/**
 * Prepares the shots' reference images (images module) into the queue's references folder before anything is
 * queued, so a damaged image stops the run with exit 3 and nothing sent, and a job uploads the prepared file: a
 * resumed run finds the same file under the same name. Each distinct image, size and fit is prepared once.
 */
final class ReferencePreparer {

    private final Path folder;
    private final boolean quiet;
    private final PrintStream err;
    private final Map<String, Path> prepared = new HashMap<>();

    ReferencePreparer(Path journal, boolean quiet, PrintStream err) {
        this.folder = RenderQueue.referencesFolderFor(journal.toAbsolutePath());
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
        Set<String> failed = new HashSet<>();
        while (shots.hasNext()) {
            Shot shot = shots.next();
            if (!ReferenceImages.hasLocalReference(shot) || prepared.containsKey(key(shot)) || failed.contains(key(shot))) {
                continue;
            }
            try {
                FitSpec fit = FitSpec.parse(shot.referenceFit().orElse(null));
                Path source = Path.of(shot.referenceImage());
                PreparedReference reference = ReferenceImages.prepare(source, shot.size(), fit, folder);
                prepared.put(key(shot), reference.file());
                if (!quiet) {
                    // the header's warnings (enlarging, a big file) were shown by the shot checks already
                    List<String> news = new ArrayList<>(reference.warnings());
                    news.removeAll(ReferenceImages.warnings(source, reference.source(), reference.width(), reference.height(), fit));
                    news.forEach(w -> err.println("warning: " + label.apply(shot) + ": " + w));
                }
            } catch (ImageProblemException | IllegalArgumentException e) {
                failed.add(key(shot));
                errors.add(label.apply(shot) + " (reference): " + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> err.println("error: " + e));
            throw new CliException(ExitCode.INVALID_INPUT, "nothing was submitted: " + errors.size()
                    + (errors.size() == 1 ? " reference image cannot be used." : " reference images cannot be used."));
        }
    }

    /** The shot with its reference image replaced by the prepared file; {@link #prepareAll} has seen it. */
    Shot prepared(Shot shot) {
        Path file = ReferenceImages.hasLocalReference(shot) ? prepared.get(key(shot)) : null;
        return file == null ? shot : shot.withReferenceImage(file.toString());
    }

    private static String key(Shot shot) {
        return shot.referenceImage() + "|" + shot.size() + "|" + shot.referenceFit().orElse("");
    }
}
