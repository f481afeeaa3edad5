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

import java.util.List;
import java.util.Optional;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.capabilities.api.CapabilityTable;
import org.sorastudio.core.settings.StudioDirectories;
import org.sorastudio.core.spi.ModelCatalog;
import org.sorastudio.core.spi.ModelSpec;

/**
 * The models the CLI checks shots against: the capability table (the bundled one with the user's
 * {@code capabilities.json} merged in), which is what the studio offers until a server has answered. Not the studio's
 * catalog from Lookup: that one follows the studio's active profile and asks its server in the background, while a CLI
 * run talks to the server its options name. Registered for the CLI's class path, where it replaces the profiles
 * module's server-backed catalog, so an engine that looks up a {@link ModelCatalog} there (a batch's
 * {@code BatchExpander} made without one) checks what the CLI checks; ahead of core's built-in table as that one is.
 */
@ServiceProvider(service = ModelCatalog.class, position = 100, supersedes = "org.sorastudio.profiles.models.ProfileModelCatalog")
public final class CapabilityCatalog implements ModelCatalog {

    private final CapabilityTable table = CapabilityTable.load(StudioDirectories.userDirectory().resolve(CapabilityTable.FILE_NAME));

    @Override
    public List<ModelSpec> models() {
        return table.models();
    }

    @Override
    public Optional<ModelSpec> find(String model) {
        return table.find(model);
    }
}
