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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone: {@code SimulatorMain [--port N] [--config FILE]}. Prints the base URL
 * as the first line on standard output and serves until the process is stopped. With a state
 * directory (from the config file or {@code -Dsim.stateDirectory}) a restarted process serves the same
 * jobs, even after {@code kill -9}.
 */
public final class SimulatorMain {

    private static final String USAGE = "usage: simulator [--port N] [--config FILE.properties]\n"
            + "  --port N       listen on 127.0.0.1:N (default: the config's sim.port, else a free port)\n"
            + "  --config FILE  sim.* settings (see the simulator README); -Dsim.* system properties override them;\n"
            + "                 sim.stateDirectory=FOLDER keeps the jobs across restarts";

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = configFrom(args);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("simulator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SimulatorServer server;
        try {
            server = SimulatorServer.start(config);
        } catch (UncheckedIOException e) {
            System.err.println("simulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "simulator-shutdown"));
        System.out.println(server.baseUrl());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    static SimulatorConfig configFrom(String[] args) throws IOException {
        Integer port = null;
        Path configFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = parsePort(value(args, ++i, "--port"));
                case "--config" -> configFile = Path.of(value(args, ++i, "--config"));
                case "--help", "-h" -> throw new IllegalArgumentException("help requested");
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
        }
        if (configFile != null && !Files.isReadable(configFile)) {
            throw new IllegalArgumentException("cannot read the config file " + configFile.toAbsolutePath());
        }
        SimulatorConfig config = configFile == null ? SimulatorConfig.fromSystemProperties()
                : SimulatorConfig.fromFile(configFile);
        return port == null ? config : config.toBuilder().port(port).build();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port: expected a TCP port 0..65535, got '" + text + "'");
    }
}
