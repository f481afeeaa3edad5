package org.sorastudio.templates.ui.wizard;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.spi.GenerationQueue;

/** A generation queue that keeps what it is given, chunk by chunk. */
final class RecordingQueue implements GenerationQueue {

    final List<List<Shot>> chunks = new CopyOnWriteArrayList<>();

    @Override
    public void enqueue(List<Shot> shots) {
        chunks.add(List.copyOf(shots));
    }

    List<Shot> shots() {
        return chunks.stream().flatMap(List::stream).toList();
    }
}
