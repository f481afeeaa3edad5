package org.sorastudio.queue.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.spi.ClipChain;

/** Test stand-in for the storyboard: remembers every derived clip the queue announces. */
@ServiceProvider(service = ClipChain.class)
public final class RecordingClipChain implements ClipChain {

    static final List<List<Path>> ANNOUNCED = new CopyOnWriteArrayList<>();

    @Override
    public void clipDerived(Path sourceClip, Path newClip) {
        ANNOUNCED.add(List.of(sourceClip, newClip));
    }
}
