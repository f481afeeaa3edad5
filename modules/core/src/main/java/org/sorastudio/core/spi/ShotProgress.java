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

import org.sorastudio.core.model.Shot;

/**
 * What becomes of shots handed to a {@link GenerationQueue} with {@link GenerationQueue#enqueue(java.util.List, ShotProgress)}:
 * the Shot editor shows its shot's state from these. A shot sent again with a changed prompt keeps its id, so its next
 * attempt is reported to the same follower. Called on the queue's threads, never the event thread; return quickly.
 */
public interface ShotProgress {

    /** The shot's job is in the queue: nothing held it back. */
    default void queued(Shot shot) {
    }

    /**
     * The shot was held back before anything was sent (the prompt check found it would be blocked and the user chose
     * not to send it); {@code work} says why, as a failure that cost nothing.
     */
    default void heldBack(FailedWork work) {
    }

    /** The shot's job failed on the server or on the way; {@code work} says why. */
    default void failed(FailedWork work) {
    }

    /** The shot's clip is done. */
    default void completed(Shot shot) {
    }
}
