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

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.simulator.http.ApiHandler;
import org.sorastudio.simulator.render.ClipRenderer;
import org.sorastudio.simulator.state.StateDirectory;
import org.sorastudio.simulator.videos.JobLog;

/**
 * A running simulator: OpenAI's Videos API on {@code http://127.0.0.1:PORT/v1}. Start one with
 * {@link #start(SimulatorConfig)}; {@link #close()} stops it and deletes the clips it rendered.
 */
public final class SimulatorServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SimulatorServer.class.getName());
    /** Enough threads for dozens of concurrent clients, even when responses are slowed down. */
    private static final int REQUEST_THREADS = 64;
    private static final int BACKLOG = 128;
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server leaves Nagle's algorithm on; with delayed ACKs that adds ~40 ms to many small
        // responses. It reads this property once, when the first server of the JVM is created.
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService requestThreads;
    private final ClipRenderer renderer;
    private final ApiHandler handler;
    private final StateDirectory state;
    private final URI baseUrl;

    private SimulatorServer(HttpServer server, ExecutorService requestThreads, ClipRenderer renderer,
                            ApiHandler handler, StateDirectory state) {
        this.server = server;
        this.requestThreads = requestThreads;
        this.renderer = renderer;
        this.handler = handler;
        this.state = state;
        this.baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + ApiHandler.BASE_PATH);
    }

    /**
     * Binds to {@code 127.0.0.1:config.port()} and starts serving. With a {@linkplain
     * SimulatorConfig#stateDirectory() state directory} it first takes over the jobs recorded there, and
     * port 0 means the port of the last run when it is free, so that base URLs clients stored stay valid.
     *
     * @throws UncheckedIOException if the port is taken, or the state or temporary folder cannot be used
     */
    public static SimulatorServer start(SimulatorConfig config) {
        StateDirectory state = config.stateDirectory() == null ? null : openState(config.stateDirectory());
        ClipRenderer renderer = null;
        try {
            renderer = state == null ? ClipRenderer.create() : ClipRenderer.cachingIn(state.clipsFolder());
            HttpServer server = bind(config.port(), state);
            ApiHandler handler = ApiHandler.create(config, renderer, state == null ? JobLog.IN_MEMORY : state.jobLog(),
                    state == null ? null : state.charactersFile());
            server.createContext(ApiHandler.BASE_PATH + "/", handler);
            AtomicInteger threadCounter = new AtomicInteger();
            ExecutorService requestThreads = Executors.newFixedThreadPool(REQUEST_THREADS, task -> {
                Thread thread = new Thread(task, "simulator-http-" + threadCounter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(requestThreads);
            server.start();
            SimulatorServer simulator = new SimulatorServer(server, requestThreads, renderer, handler, state);
            if (state != null) {
                rememberPort(state, server.getAddress().getPort());
            }
            LOG.info(() -> "Videos API simulator serving " + simulator.baseUrl + " (seed " + config.seed() + ", "
                    + (state == null ? "jobs in memory" : simulator.acceptedCreates() + " earlier jobs, state in "
                    + state.folder()) + ")");
            return simulator;
        } catch (IOException e) {
            closeAll(renderer, state);
            throw new UncheckedIOException("Cannot create the simulator's clip folder: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAll(renderer, state);
            throw e;
        }
    }

    private static StateDirectory openState(Path folder) {
        try {
            return StateDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the simulator state folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Port 0 with a state folder tries the last run's port first; any other port is taken as given. */
    private static HttpServer bind(int port, StateDirectory state) {
        OptionalInt lastPort = port == 0 && state != null ? state.lastPort() : OptionalInt.empty();
        if (lastPort.isPresent()) {
            try {
                return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), lastPort.getAsInt()),
                        BACKLOG);
            } catch (IOException e) {
                LOG.log(Level.INFO, "Port {0} of the last run is taken ({1}); serving on a free port instead",
                        new Object[]{lastPort.getAsInt(), e.getMessage()});
            }
        }
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    /** The next run prefers this port; if it cannot be recorded the next run simply picks a free one. */
    private static void rememberPort(StateDirectory state, int port) {
        try {
            state.rememberPort(port);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not record the simulator port in " + state.folder(), e);
        }
    }

    private static void closeAll(ClipRenderer renderer, StateDirectory state) {
        if (renderer != null) {
            renderer.close();
        }
        if (state != null) {
            state.close();
        }
    }

    /** Where clients send requests, e.g. {@code http://127.0.0.1:8765/v1} (no trailing slash). */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Every create and remix accepted so far, by earlier runs on the same state folder too: tests use it to
     * prove nothing was submitted twice.
     */
    public long acceptedCreates() {
        return handler.acceptedCreates();
    }

    /** Every create and remix received so far, including the ones answered with an error (not earlier runs). */
    public long createRequests() {
        return handler.createRequests();
    }

    /** Every request received so far, including the ones answered with an error. */
    public long requestCount() {
        return handler.requestCount();
    }

    /** Makes the next {@code n} authenticated requests answer 500 or 503 (alternately). */
    public void injectServerErrors(int n) {
        handler.injectServerErrors(n);
    }

    /**
     * Stops serving and ends running renders. Without a state folder it deletes the rendered clips; with one
     * they stay cached there, and the jobs stay recorded for the next run.
     */
    @Override
    public void close() {
        server.stop(0);
        requestThreads.shutdownNow();
        try {
            requestThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeAll(renderer, state);
        LOG.info(() -> "Videos API simulator at " + baseUrl + " stopped");
    }
}
