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

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sorastudio.core.model.Shot;

/**
 * Takes shots to generate. The queue module registers the implementation in Lookup; the Shot
 * editor and the CSV wizard hand their shots to whichever one is registered.
 */
public interface GenerationQueue {

    /** Adds the shots at the end of the queue and returns at once; never blocks on the network. */
    void enqueue(List<Shot> shots);

    /**
     * Adds the shots like {@link #enqueue(List)} and tells {@code progress} what becomes of them: held back before
     * sending, queued, failed, completed. A queue that does not follow its shots reports them queued when handed over.
     */
    default void enqueue(List<Shot> shots, ShotProgress progress) {
        enqueue(shots);
        shots.forEach(progress::queued);
    }

    /**
     * Adds a clip made from a completed video (an extension or an edit) at the end of the queue and returns at once.
     * A queue that cannot make such clips refuses with {@link UnsupportedOperationException}.
     */
    default void enqueue(Derivation derivation) {
        throw new UnsupportedOperationException("This queue makes no extensions or edits");
    }

    /**
     * The file the queue keeps its jobs in for the open project (prompts, states, request ids; never a key), for a log
     * bundle; empty for a queue that keeps none. The file may not exist yet.
     */
    default Optional<Path> journal() {
        return Optional.empty();
    }

    /**
     * A new clip made from the completed video {@code sourceVideoId} on {@code profile}'s server.
     *
     * @param seconds the new segment's length for an extension; 0 for an edit
     */
    record Derivation(Kind kind, String sourceVideoId, String prompt, int seconds, String profile) {

        /** Which request makes the clip. */
        public enum Kind {
            /** The source continued by {@code seconds} more. */
            EXTEND,
            /** A changed copy of the source. */
            EDIT
        }

        public Derivation {
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(sourceVideoId, "sourceVideoId");
            java.util.Objects.requireNonNull(prompt, "prompt");
        }
    }
}
