package org.sorastudio.queue.api;

import java.util.List;

/**
 * Told about queue changes, in order, on the queue's event thread (never on a worker that holds a
 * lock). Implementations must return quickly; a UI hands the event to its own thread.
 */
public interface QueueListener {

    /** A job was added or changed. */
    default void jobChanged(Job job) {
    }

    /** The order of the jobs changed (added, moved or removed jobs): every job id, in queue order. */
    default void orderChanged(List<String> jobIds) {
    }

    default void statsChanged(QueueStats stats) {
    }
}
