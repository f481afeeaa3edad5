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

/**
 * Told when a clip made from another one (an extension, an edit) has been downloaded, so it can be placed beside
 * its source: the storyboard puts it right after the source when the source is there. Register implementations
 * with {@code @ServiceProvider}; the queue tells every one it finds, and nobody when none is installed.
 */
public interface ClipChain {

    /** Called on any thread, possibly more than once for the same clip: implementations ignore repeats. */
    void clipDerived(Path sourceClip, Path newClip);
}
