package org.sorastudio.queue.api;

/** Where a job is in its life. */
public enum JobState {
    /** Waiting for a free slot; nothing sent yet. */
    QUEUED,
    /** The create request is being sent, or its outcome is being reconciled with the server. */
    SUBMITTING,
    /** The server has the job (queued or rendering there); it is being polled. */
    IN_PROGRESS,
    /** The clip is finished on the server and being downloaded. */
    DOWNLOADING,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    /** Occupies one of the parallel-job slots (the server is working on it, or may be). */
    public boolean holdsSlot() {
        return this == SUBMITTING || this == IN_PROGRESS;
    }
}
