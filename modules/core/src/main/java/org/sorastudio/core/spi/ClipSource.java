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

/**
 * A place clips can be taken from besides the file system, e.g. the generation queue's finished
 * jobs. Register implementations with {@code @ServiceProvider}; the storyboard editor offers one
 * "Add from ..." button per source it finds and lets the user pick among {@link #clips()}. Plain
 * data, no Swing: the module that shows the choice owns the dialog.
 */
public interface ClipSource {

    /** What the source is called on its button, e.g. {@code "Add from Queue…"}. */
    String displayName();

    /** The clips on offer now, in the order to show them; may be empty. Called on the EDT, so keep it cheap. */
    List<Clip> clips();

    /** One clip on offer: the file, and how to name it in a list (e.g. its prompt). */
    record Clip(Path file, String label) {
    }
}
