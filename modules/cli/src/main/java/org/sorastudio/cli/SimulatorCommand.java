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
package org.sorastudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.simulator.SimulatorMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulator", mixinStandardHelpOptions = true,
        description = {"Serves the offline simulator of the Videos API on 127.0.0.1 until stopped. Prints its base URL "
                + "as the first line. Settings: sim.* keys in a properties file or -Dsim.* (see the simulator README)."})
final class SimulatorCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: the config's sim.port, else a free one)")
    Integer port;

    @Option(names = "--config", paramLabel = "FILE", description = "a properties file of sim.* settings")
    Path config;

    /** Hands over to the simulator's own main, which serves until the process ends. */
    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.addAll(List.of("--port", port.toString()));
        }
        if (config != null) {
            args.addAll(List.of("--config", config.toString()));
        }
        Logger.getLogger("").setLevel(Level.INFO);
        SimulatorMain.main(args.toArray(String[]::new));
        return ExitCode.OK;
    }
}
