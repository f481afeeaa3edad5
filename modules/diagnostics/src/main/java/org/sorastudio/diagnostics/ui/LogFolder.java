package org.sorastudio.diagnostics.ui;

import java.nio.file.Path;
import org.openide.modules.Places;

/** Where the platform writes {@code messages.log}: the user directory's {@code var/log}. */
final class LogFolder {

    private LogFolder() {
    }

    /** The folder, or the user's home when the platform has no user directory (a test outside the studio). */
    static Path path() {
        return Places.getUserDirectory() == null ? Path.of(System.getProperty("user.home"))
                : Places.getUserDirectory().toPath().resolve("var").resolve("log");
    }
}
