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

import java.net.URI;

/**
 * A Videos API server the studio can run in its own process, for the offline profile. The
 * simulator module registers it; with that module switched off there is none, and the offline
 * profile says so instead of connecting.
 */
public interface EmbeddedServer {

    /**
     * Starts the server unless it runs already; returns its base URL, e.g. {@code http://127.0.0.1:41234/v1}.
     *
     * @throws IllegalArgumentException     if its configuration is invalid (the message names the setting)
     * @throws java.io.UncheckedIOException if the server cannot start
     */
    URI ensureRunning();

    /** Stops the server if it runs; a later {@link #ensureRunning()} starts it again with the same jobs. */
    void stop();
}
