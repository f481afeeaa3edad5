package org.sorastudio.profiles.api;

import java.util.Optional;

/**
 * Where secrets (API keys, gateway header values) live. The studio's implementation is the
 * platform keyring; the CLI reads the environment. Secrets never go into project or settings files.
 */
public interface CredentialStore {

    Optional<String> read(String key);

    void save(String key, String secret, String description);

    void delete(String key);

    /** The keyring entry of a profile's extra header value. */
    static String headerKey(org.sorastudio.core.model.Profile profile, String header) {
        return profile.keyringKey() + ".header." + header;
    }
}
