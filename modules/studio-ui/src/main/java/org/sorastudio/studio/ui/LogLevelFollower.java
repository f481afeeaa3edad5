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
package org.sorastudio.studio.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.modules.OnStart;
import org.openide.util.Lookup;
import org.sorastudio.core.model.Settings;
import org.sorastudio.core.settings.SettingsStore;

/**
 * Gives the studio's own loggers ({@code org.sorastudio}) the level the settings name, at start and whenever the
 * Advanced tab changes it. The Logs window's detail loggers keep their own level.
 */
@OnStart
public final class LogLevelFollower implements Runnable {

    // held here: java.util.logging keeps loggers only weakly, and a collected logger forgets its level
    private static final Logger STUDIO = Logger.getLogger("org.sorastudio");

    @Override
    public void run() {
        SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
        if (store != null) {
            store.addListener(LogLevelFollower::follow);
            follow(store.get());
        }
    }

    private static void follow(Settings settings) {
        STUDIO.setLevel(Level.parse(settings.logLevel()));
    }
}
