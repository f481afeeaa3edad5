package org.sorastudio.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.sorastudio.simulator.http.ApiHandler;
import org.sorastudio.simulator.render.ClipRenderer;

/**
 * A running simulator: OpenAI's Videos API on {@code http://127.0.0.1:PORT/v1}. Start one with
 * {@link #start(SimulatorConfig)}; {@link #close()} stops it and deletes the clips it rendered.
 */
public final class SimulatorServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SimulatorServer.class.getName());
    /** Enough threads for dozens of concurrent clients, even when responses are slowed down. */
    private static final int REQUEST_THREADS = 64;
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
    private final AtomicLong acceptedCreates;
    private final URI baseUrl;

    private SimulatorServer(HttpServer server, ExecutorService requestThreads, ClipRenderer renderer,
                            ApiHandler handler, AtomicLong acceptedCreates) {
        this.server = server;
        this.requestThreads = requestThreads;
        this.renderer = renderer;
        this.handler = handler;
        this.acceptedCreates = acceptedCreates;
        this.baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + ApiHandler.BASE_PATH);
    }

    /**
     * Binds to {@code 127.0.0.1:config.port()} and starts serving.
     *
     * @throws UncheckedIOException if the port is taken or the temporary folder cannot be created
     */
    public static SimulatorServer start(SimulatorConfig config) {
        ClipRenderer renderer;
        try {
            renderer = ClipRenderer.create();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the simulator's temporary folder: " + e.getMessage(), e);
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 128);
        } catch (IOException e) {
            renderer.close();
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + config.port() + ": " + e.getMessage(), e);
        }
        AtomicLong acceptedCreates = new AtomicLong();
        ApiHandler handler = ApiHandler.create(config, renderer, acceptedCreates);
        server.createContext(ApiHandler.BASE_PATH + "/", handler);
        AtomicInteger threadCounter = new AtomicInteger();
        ExecutorService requestThreads = Executors.newFixedThreadPool(REQUEST_THREADS, task -> {
            Thread thread = new Thread(task, "simulator-http-" + threadCounter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(requestThreads);
        server.start();
        SimulatorServer simulator = new SimulatorServer(server, requestThreads, renderer, handler, acceptedCreates);
        LOG.info(() -> "Videos API simulator serving " + simulator.baseUrl + " (seed " + config.seed() + ")");
        return simulator;
    }

    /** Where clients send requests, e.g. {@code http://127.0.0.1:8765/v1} (no trailing slash). */
    public URI baseUrl() {
        return baseUrl;
    }

    /** Every create and remix accepted so far: tests use it to prove nothing was submitted twice. */
    public long acceptedCreates() {
        return acceptedCreates.get();
    }

    /** Every request received so far, including the ones answered with an error. */
    public long requestCount() {
        return handler.requestCount();
    }

    /** Makes the next {@code n} authenticated requests answer 500 or 503 (alternately). */
    public void injectServerErrors(int n) {
        handler.injectServerErrors(n);
    }

    /** Stops serving, ends running renders and deletes the rendered clips. */
    @Override
    public void close() {
        server.stop(0);
        requestThreads.shutdownNow();
        try {
            requestThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        renderer.close();
        LOG.info(() -> "Videos API simulator at " + baseUrl + " stopped");
    }
}
