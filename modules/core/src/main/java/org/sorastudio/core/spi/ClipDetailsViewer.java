package org.sorastudio.core.spi;

import java.nio.file.Path;

/**
 * Shows what is known about a finished clip: its sidecar (the request sent, the server's answer,
 * the request ids, the job's history) as readable JSON. Found through {@code Lookup.getDefault()};
 * when nobody provides one, the action that would call it is not offered. May be called from any thread.
 */
public interface ClipDetailsViewer {

    /** Opens a window with {@code sidecar}'s content; a file that cannot be read is reported in that window. */
    void show(Path sidecar);
}
