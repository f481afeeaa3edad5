package org.sorastudio.player.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.spi.ClipDerivation;
import org.sorastudio.core.spi.GenerationQueue.Derivation;

/** Test stand-in for the queue's module: remembers what the player asked it to extend or edit. */
@ServiceProvider(service = ClipDerivation.class)
public final class RecordingClipDerivation implements ClipDerivation {

    static final List<String> ASKED = new CopyOnWriteArrayList<>();

    @Override
    public void derive(Derivation.Kind kind, Path clip) {
        ASKED.add(kind + " " + clip.getFileName());
    }
}
