package org.sorastudio.updates.api;

import java.util.List;

/**
 * What {@link ModuleUpdates#install} did.
 *
 * @param installed     the updates installed, including modules they required
 * @param restartNeeded whether they take effect only at the next start of the studio
 */
public record InstallResult(List<ModuleUpdate> installed, boolean restartNeeded) {

    public InstallResult {
        installed = List.copyOf(installed);
    }
}
