package org.sorastudio.core.spi;

import java.nio.file.Path;

/**
 * Shows a video file in the studio's player window. Found through {@code Lookup.getDefault()};
 * may be called from any thread.
 */
public interface ClipPlayer {

    /**
     * Opens the player window, brings it to the front and starts playing {@code clip}. A file that
     * cannot be played is reported inside the player window, not thrown.
     */
    void play(Path clip);
}
