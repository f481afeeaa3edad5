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
package org.sorastudio.updates.impl;

import java.io.PrintStream;
import java.util.List;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Arg;
import org.netbeans.spi.sendopts.ArgsProcessor;
import org.netbeans.spi.sendopts.Description;
import org.netbeans.spi.sendopts.Env;
import org.openide.LifecycleManager;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.updates.api.InstallResult;
import org.sorastudio.updates.api.ModuleUpdate;
import org.sorastudio.updates.api.ModuleUpdates;
import org.sorastudio.updates.api.UpdateException;

/**
 * {@code sorastudio --update-modules}: checks the update centers, installs every update that is
 * signed by the studio's publisher and intact, prints what it did and quits (exit code 0), or
 * prints why nothing was installed (exit code 3). It replaces the platform's {@code --modules
 * --update-all}, which installs untrusted modules without a word.
 */
@Messages({
    "UpdateModules.description=Installs every update of Sora Studio's modules from its update centers, then quits",
    "UpdateModules.upToDate=Sora Studio is up to date.",
    "# {0} - update",
    "UpdateModules.found=Update found: {0}",
    "# {0} - update",
    "UpdateModules.installed=Installed: {0}",
    "# {0} - milliseconds",
    "UpdateModules.took=Downloaded, verified and installed in {0,number,#} ms.",
    "UpdateModules.restart=The updates take effect when Sora Studio starts next."
})
public final class UpdateModulesOption implements ArgsProcessor {

    /** The exit code when an update center cannot be reached or an update is refused. */
    static final int UPDATE_FAILED = 3;

    @Arg(longName = "update-modules")
    @Description(shortDescription = "#UpdateModules.description")
    public boolean update;

    @Override
    public void process(Env env) throws CommandException {
        if (!update) {
            return;
        }
        PrintStream out = env.getOutputStream();
        ModuleUpdates updates = Lookup.getDefault().lookup(ModuleUpdates.class);
        try {
            List<ModuleUpdate> found = updates.check();
            if (found.isEmpty()) {
                out.println(Bundle.UpdateModules_upToDate());
            } else {
                found.forEach(update -> out.println(Bundle.UpdateModules_found(update)));
                long start = System.nanoTime();
                InstallResult result = updates.install(found);
                result.installed().forEach(update -> out.println(Bundle.UpdateModules_installed(update)));
                out.println(Bundle.UpdateModules_took((System.nanoTime() - start) / 1_000_000));
                if (result.restartNeeded()) {
                    out.println(Bundle.UpdateModules_restart());
                }
            }
        } catch (UpdateException e) {
            throw new CommandException(UPDATE_FAILED, e.getMessage());
        }
        out.flush();
        // A command, not a session: the window system never opens.
        LifecycleManager.getDefault().exit(0);
    }
}
