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
package org.sorastudio.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A gateway on loopback that answers {@code GET /v1/models} with one model and remembers every request's path and
 * headers, so a test can see what a client built from a profile really sends: its base URL's path, its key, its
 * gateway headers. Close it when done.
 */
public final class RecordingGateway implements AutoCloseable {

    private static final byte[] MODELS = ("{\"object\":\"list\",\"data\":[{\"id\":\"sora-2\",\"object\":\"model\","
            + "\"created\":0,\"owned_by\":\"gateway\"}]}").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** What one request carried. */
    public record Request(String method, String path, Map<String, List<String>> headers) {

        /** Keeps its own copy, its names in lower case (HTTP header names ignore case). */
        public Request {
            Map<String, List<String>> copy = new TreeMap<>();
            headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            headers = Map.copyOf(copy);
        }

        /** The first value of {@code name} (case-insensitive), or {@code null}. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private RecordingGateway(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free loopback port. */
    public static RecordingGateway start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RecordingGateway gateway = new RecordingGateway(server);
            server.createContext("/", exchange -> {
                gateway.requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders()));
                boolean models = exchange.getRequestURI().getPath().endsWith("/models");
                byte[] body = models ? MODELS : "{\"error\":{\"message\":\"not here\"}}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(models ? 200 : 404, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT/v1}, the base URL a profile names. */
    public URI baseUrl() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/v1");
    }

    /** Every request so far, oldest first. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
