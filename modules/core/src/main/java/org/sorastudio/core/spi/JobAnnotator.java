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
package org.sorastudio.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a module has to say about a queue job beyond its render state, shown on the job's row in the Queue window: the
 * post-processing module marks a clip whose hooks failed ("post-processing failed", the reason, a Retry). Register
 * implementations with {@code @ServiceProvider}; the Queue window asks every one it finds, and shows nothing more
 * when none is installed.
 *
 * <p>The window asks on the event thread, for every row it paints: {@link #annotation} must answer from state the
 * module keeps ready (a map read, no file or network I/O, no lock held by slow work). The module changes that state
 * on its own threads and then raises {@link #revision}; the window looks at the revision a few times a second and
 * repaints when it moved, so a burst of changes costs one repaint.
 */
public interface JobAnnotator {

    /** The note on the job with the queue's id {@code jobId}, or empty. Event thread; answers at once. */
    Optional<Annotation> annotation(String jobId);

    /** A number raised after each batch of changes to the annotations; any thread. */
    long revision();

    /**
     * A note on a job's row.
     *
     * @param text    one line shown as the job's latest status, e.g. "post-processing failed: Make GIF: exited with
     *                status 1"
     * @param detail  the whole story for the tooltip, e.g. which step failed and why; may be empty
     * @param problem whether it needs the user (shown in the error colour)
     * @param actions what the user can do about it, offered in the row's context menu
     */
    record Annotation(String text, String detail, boolean problem, List<AnnotationAction> actions) {

        public Annotation {
            Objects.requireNonNull(text, "text");
            detail = detail == null ? "" : detail;
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /**
     * Something the user can do about an annotation: a context-menu item labelled {@code label} that calls {@code run}
     * on the event thread, which must return at once (slow work goes to the module's own threads).
     *
     * @param description the item's tooltip; may be empty
     */
    record AnnotationAction(String label, String description, Runnable run) {

        public AnnotationAction {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(run, "run");
            description = description == null ? "" : description;
        }
    }
}
