package org.sorastudio.core.settings;

import java.io.File;
import java.nio.file.Path;
import org.openide.modules.Places;

/**
 * Where the studio keeps its own files. Inside the application this is the platform's user
 * directory; headless (CLI, tests) it is {@code -Dsorastudio.userdir}, else {@code ~/.sorastudio}.
 */
public final class StudioDirectories {

    public static final String USERDIR_PROPERTY = "sorastudio.userdir";

    private StudioDirectories() {
    }

    public static Path userDirectory() {
        String explicit = System.getProperty(USERDIR_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        File platform = Places.getUserDirectory();
        if (platform != null) {
            return platform.toPath().resolve("sorastudio");
        }
        return Path.of(System.getProperty("user.home"), ".sorastudio");
    }
}
