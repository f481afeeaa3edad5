package org.sorastudio.cli;

import java.util.Set;
import org.sorastudio.simulator.SimulatorConfig;
import org.sorastudio.simulator.SimulatorServer;

/** Simulator settings the CLI tests share: fast renders, so a test spends its time in the CLI. */
final class SimulatorFixture {

    static final String KEY = "sk-test-key";

    private SimulatorFixture() {
    }

    static SimulatorConfig.Builder fast() {
        return SimulatorConfig.builder().seed(7).renderMillisPerVideoSecond(10).moderationWords(Set.of("forbidden"));
    }

    static SimulatorServer start() {
        return SimulatorServer.start(fast().build());
    }
}
