package org.sorastudio.profiles.ui.switcher;

import java.net.URI;
import org.sorastudio.core.model.Profile;

/**
 * A profile as the switchers show it: its name, the server it talks to, and whether its key is in
 * the keyring (read off the event thread).
 *
 * @param name   the profile's name
 * @param server the server's host (and port), or "embedded" for the simulator
 * @param hasKey whether a key is stored (always true for the simulator, which needs none)
 */
record ProfileEntry(String name, String server, boolean hasKey) {

    static ProfileEntry of(Profile profile, boolean hasKey) {
        if (profile.isSimulator()) {
            return new ProfileEntry(profile.name(), Bundle.ProfileEntry_embedded(), true);
        }
        String server;
        try {
            URI uri = URI.create(profile.baseUrl());
            server = uri.getHost() == null ? profile.baseUrl() : uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            server = profile.baseUrl();
        }
        return new ProfileEntry(profile.name(), server, hasKey);
    }

    /** "LiteLLM · gateway.local:4000", with a note when the key is missing. */
    String label() {
        return name + " · " + server + (hasKey ? "" : " · " + Bundle.ProfileEntry_noKey());
    }

    @Override
    public String toString() {
        return label();
    }
}
