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
