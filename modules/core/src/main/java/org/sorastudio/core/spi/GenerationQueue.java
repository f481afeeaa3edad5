package org.sorastudio.core.spi;

import java.util.List;
import org.sorastudio.core.model.Shot;

/**
 * Takes shots to generate. The queue module registers the implementation in Lookup; the Shot
 * editor and the CSV wizard hand their shots to whichever one is registered.
 */
public interface GenerationQueue {

    /** Adds the shots at the end of the queue and returns at once; never blocks on the network. */
    void enqueue(List<Shot> shots);
}
