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
package org.sorastudio.simulator;

import java.net.URI;
import java.nio.file.Path;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.core.spi.EmbeddedServer;

/**
 * The simulator the studio runs in-process for its offline profile, configured by {@code -Dsim.*}
 * system properties. It keeps its jobs in {@code simulator/} in the studio's user directory (or in
 * {@code -Dsim.stateDirectory}), so a queue that resumes after the studio was closed finds them, and it
 * serves on the port of its last run when that is free, so the base URL stays the same. Found as the
 * {@link EmbeddedServer} in {@code Lookup.getDefault()}.
 */
@ServiceProvider(service = EmbeddedServer.class)
public class EmbeddedSimulator implements EmbeddedServer {

    /** The folder in the studio's user directory. */
    private static final String STATE_FOLDER = "simulator";

    private SimulatorServer server;
    private Thread shutdownHook;

    /**
     * Starts the simulator unless it runs already; returns its base URL, e.g. {@code http://127.0.0.1:41234/v1}.
     *
     * @throws IllegalArgumentException     if a {@code -Dsim.*} property is invalid (the message names it)
     * @throws java.io.UncheckedIOException if the server cannot start
     */
    @Override
    public synchronized URI ensureRunning() {
        if (server == null) {
            SimulatorConfig config = SimulatorConfig.fromSystemProperties();
            Path stateDirectory = config.stateDirectory() != null ? config.stateDirectory()
                    : StudioDirectories.userDirectory().resolve(STATE_FOLDER);
            config = config.toBuilder().port(0).stateDirectory(stateDirectory).build();
            server = SimulatorServer.start(config);
            // Releases the state folder even when the application exits without calling stop().
            shutdownHook = new Thread(server::close, "simulator-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return server.baseUrl();
    }

    /** Stops the simulator if it runs; a later {@link #ensureRunning()} starts it again with the same jobs. */
    @Override
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook runs anyway
            }
            shutdownHook = null;
        }
    }
}
