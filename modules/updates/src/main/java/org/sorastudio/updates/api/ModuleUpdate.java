package org.sorastudio.updates.api;

/** A newer version of an installed module, as an update center offers it. */
public record ModuleUpdate(String codeName, String displayName, String installedVersion, String availableVersion) {

    @Override
    public String toString() {
        return displayName + " " + installedVersion + " → " + availableVersion;
    }
}
