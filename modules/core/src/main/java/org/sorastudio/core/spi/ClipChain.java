package org.sorastudio.core.spi;

import java.nio.file.Path;

/**
 * Told when a clip made from another one (an extension, an edit) has been downloaded, so it can be placed beside
 * its source: the storyboard puts it right after the source when the source is there. Register implementations
 * with {@code @ServiceProvider}; the queue tells every one it finds, and nobody when none is installed.
 */
public interface ClipChain {

    /** Called on any thread, possibly more than once for the same clip: implementations ignore repeats. */
    void clipDerived(Path sourceClip, Path newClip);
}
