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
 * Shows what is known about a finished clip: its sidecar (the request sent, the server's answer,
 * the request ids, the job's history) as readable JSON. Found through {@code Lookup.getDefault()};
 * when nobody provides one, the action that would call it is not offered. May be called from any thread.
 */
public interface ClipDetailsViewer {

    /** Opens a window with {@code sidecar}'s content; a file that cannot be read is reported in that window. */
    void show(Path sidecar);
}
