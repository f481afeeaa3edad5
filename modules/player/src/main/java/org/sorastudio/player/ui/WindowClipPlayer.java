package org.sorastudio.player.ui;

import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.spi.ClipPlayer;

/** {@link ClipPlayer} through the player window. */
@ServiceProvider(service = ClipPlayer.class)
public final class WindowClipPlayer implements ClipPlayer {

    @Override
    public void play(Path clip) {
        SwingUtilities.invokeLater(() -> PlayerTopComponent.find().play(clip));
    }
}
