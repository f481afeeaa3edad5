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
package org.sorastudio.player.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import uk.co.caprica.vlcj.factory.discovery.NativeDiscovery;

/**
 * Whether libVLC can be used here. Found once per run with VLCJ's native discovery; every failure,
 * including a missing or mismatched native library, ends as "not available" so the rest of the
 * studio is unaffected.
 *
 * @param available whether a player can be created
 * @param problem   what is wrong when not available, for the log and the panel
 */
record LibVlc(boolean available, String problem) {

    private static final Logger LOG = Logger.getLogger(LibVlc.class.getName());

    static LibVlc missing(String problem) {
        return new LibVlc(false, problem);
    }

    static LibVlc discover() {
        return Discovered.RESULT;
    }

    /** Holder idiom: discovery runs at first use, at most once. */
    private static final class Discovered {
        static final LibVlc RESULT = run();

        private static LibVlc run() {
            try {
                NativeDiscovery discovery = new NativeDiscovery();
                if (discovery.discover()) {
                    LOG.log(Level.INFO, "libVLC found in {0}", discovery.discoveredPath());
                    return new LibVlc(true, null);
                }
                LOG.info("libVLC was not found: the player is disabled");
                return missing("libVLC was not found");
            } catch (LinkageError | RuntimeException e) {
                LOG.log(Level.WARNING, "libVLC cannot be loaded: the player is disabled", e);
                return missing("libVLC cannot be loaded (" + e.getMessage() + ")");
            }
        }
    }
}
