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
package org.sorastudio.updates.api;

import java.util.List;

/**
 * Updates the studio's modules from its update centers, headless (no Swing): what
 * {@code --update-modules} runs, and what a script or a test can call. Found with
 * {@code Lookup.getDefault().lookup(ModuleUpdates.class)}.
 *
 * <p>Unlike the Plugins window, which asks the user about a module it cannot trust, this refuses:
 * a module whose bytes differ from what the update center announced, an unsigned module, or one
 * signed by anyone but the studio's publisher installs nothing at all.
 */
public interface ModuleUpdates {

    /**
     * Reloads every enabled update center and lists the newer versions of installed modules.
     *
     * @throws UpdateException when an update center cannot be reached or read (the message names it)
     */
    List<ModuleUpdate> check() throws UpdateException;

    /**
     * Downloads, verifies and installs {@code updates} (and what they require), all or nothing.
     * An installed module that is in use takes effect at the next start.
     *
     * @throws UpdateException when a download fails or a module is modified, unsigned or untrusted;
     *                         then nothing is installed
     */
    InstallResult install(List<ModuleUpdate> updates) throws UpdateException;
}
