package org.sorastudio.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

class EmbeddedSimulatorTest {

    @Test
    void lookupFindsOneSimulatorThatStartsOnceAndRestartsAfterStop() {
        EmbeddedSimulator simulator = Lookup.getDefault().lookup(EmbeddedSimulator.class);
        assertThat(simulator).isNotNull();
        try {
            URI first = simulator.ensureRunning();

            assertThat(simulator.ensureRunning()).isEqualTo(first);
            assertThat(new TestClient(first, "any-key").get("/models").status()).isEqualTo(200);
            simulator.stop();
            URI second = simulator.ensureRunning();
            assertThat(new TestClient(second, "any-key").get("/models").status()).isEqualTo(200);
        } finally {
            simulator.stop();
        }
    }
}
