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
package org.sorastudio.diagnostics.capture;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.modules.OnStart;

/**
 * Attaches the studio's {@link LogCapture} when the module starts: to {@code org.sorastudio} for
 * everything the studio logs at INFO and above, and to the detail loggers (each API exchange, each
 * job's state change) at FINE. The detail goes to the Logs window only, not to {@code messages.log},
 * where a polling queue would bury everything else.
 */
@OnStart
public final class CaptureInstaller implements Runnable {

    /** The studio's own loggers' parent. */
    static final String STUDIO = "org.sorastudio";
    /** Loggers whose FINE records are the Logs window's detail (openai's ExchangeLog, queue's JobRecord). */
    static final List<String> DETAIL = List.of("org.sorastudio.openai.http", "org.sorastudio.queue.transitions");

    // Held here: java.util.logging keeps loggers only weakly, and a collected logger forgets its handler and level.
    private static final Logger STUDIO_LOGGER = Logger.getLogger(STUDIO);
    private static final List<Logger> DETAIL_LOGGERS = DETAIL.stream().map(Logger::getLogger).toList();

    @Override
    public void run() {
        LogCapture capture = LogCapture.shared();
        STUDIO_LOGGER.addHandler(capture);
        for (Logger detail : DETAIL_LOGGERS) {
            detail.setLevel(Level.FINE);
            detail.setUseParentHandlers(false);
            detail.addHandler(capture);
        }
    }
}
