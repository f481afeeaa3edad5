package org.sorastudio.cli;

import java.net.URI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sorastudio.simulator.SimulatorServer;

/** A fast simulator ({@link SimulatorFixture#fast()}) started before and closed after each test. */
final class RunningSimulator implements BeforeEachCallback, AfterEachCallback {

    private SimulatorServer server;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = SimulatorFixture.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
    }

    URI baseUrl() {
        return server.baseUrl();
    }

    long acceptedCreates() {
        return server.acceptedCreates();
    }

    long requestCount() {
        return server.requestCount();
    }

    /** Creates received, however they were answered. */
    long createRequests() {
        return server.createRequests();
    }
}
