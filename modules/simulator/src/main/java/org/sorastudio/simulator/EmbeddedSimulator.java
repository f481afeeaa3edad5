package org.sorastudio.simulator;

import java.net.URI;
import org.openide.util.lookup.ServiceProvider;

/**
 * The simulator the studio runs in-process for its offline profile: one server on a free loopback
 * port, configured by {@code -Dsim.*} system properties. Found with
 * {@code Lookup.getDefault().lookup(EmbeddedSimulator.class)}.
 */
@ServiceProvider(service = EmbeddedSimulator.class)
public class EmbeddedSimulator {

    private SimulatorServer server;
    private Thread shutdownHook;

    /**
     * Starts the simulator unless it runs already; returns its base URL, e.g. {@code http://127.0.0.1:41234/v1}.
     *
     * @throws IllegalArgumentException     if a {@code -Dsim.*} property is invalid (the message names it)
     * @throws java.io.UncheckedIOException if the server cannot start
     */
    public synchronized URI ensureRunning() {
        if (server == null) {
            SimulatorConfig config = SimulatorConfig.fromSystemProperties().toBuilder().port(0).build();
            server = SimulatorServer.start(config);
            // Removes the rendered clips even when the application exits without calling stop().
            shutdownHook = new Thread(server::close, "simulator-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return server.baseUrl();
    }

    /** Stops the simulator if it runs; a later {@link #ensureRunning()} starts a fresh one. */
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
