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
import org.sorastudio.core.spi.GenerationQueue.Derivation;

/**
 * Makes a new clip from a finished one the studio generated: Extend… (the clip continued) or Edit… (a changed copy).
 * The module that owns the queue registers it with {@code @ServiceProvider} and owns the dialog; the player and the
 * storyboard offer the two actions on their clip only when somebody provides it, and hide them otherwise.
 */
public interface ClipDerivation {

    /**
     * Asks the user what the new clip should be (the prompt; for an extension the new segment's length) and queues it
     * on the source's server; returns at once. Call on the EDT. A file the studio did not generate (no sidecar beside it
     * naming its video) is explained to the user, not thrown. When {@code clip} is in the storyboard, the new clip is
     * placed right after it once it has downloaded (through {@link ClipChain}).
     */
    void derive(Derivation.Kind kind, Path clip);
}
