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
package org.sorastudio.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a loopback port that records every request and answers with scripted
 * replies, for behaviour the simulator cannot be told to show (a dropped connection right after a
 * create, a quota 429, a server that ignores Range). Not a mock: the client talks real HTTP to it.
 */
final class ScriptedServer implements AutoCloseable {

    /** A request as it arrived; header names lower-cased. */
    record Captured(String method, String uri, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** How to answer one request. */
    @FunctionalInterface
    interface Reply {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Captured> requests = new ArrayList<>();
    private Reply otherwise = json(404, "{\"error\":{\"message\":\"nothing scripted\",\"type\":\"invalid_request_error\","
            + "\"param\":null,\"code\":null}}");

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    synchronized ScriptedServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The reply once the script is used up. */
    synchronized ScriptedServer otherwise(Reply reply) {
        this.otherwise = reply;
        return this;
    }

    synchronized List<Captured> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        Reply reply;
        synchronized (this) {
            requests.add(new Captured(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
            reply = script.isEmpty() ? otherwise : script.poll();
        }
        reply.send(exchange);
    }

    static Reply json(int status, String body, String... headerPairs) {
        return bytes(status, "application/json", body.getBytes(StandardCharsets.UTF_8), headerPairs);
    }

    static Reply bytes(int status, String contentType, byte[] body, String... headerPairs) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            for (int i = 0; i < headerPairs.length; i += 2) {
                exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    /** Reads the request, then closes the connection without any response. */
    static Reply dropConnection() {
        return exchange -> {
            throw new IOException("scripted: connection dropped before the response");
        };
    }

    /** Announces the whole body but sends only its first {@code sent} bytes, then cuts the connection. */
    static Reply cutAfter(int status, byte[] body, int sent, String... headerPairs) {
        return exchange -> {
            for (int i = 0; i < headerPairs.length; i += 2) {
                exchange.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
            }
            exchange.sendResponseHeaders(status, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, sent);
            out.flush();
            // Closing with bytes missing makes the JDK server drop the connection.
            exchange.close();
        };
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
