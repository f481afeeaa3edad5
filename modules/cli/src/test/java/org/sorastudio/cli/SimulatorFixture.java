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
