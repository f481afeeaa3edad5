package org.sorastudio.queue.api;

import java.time.Instant;
import java.util.Objects;

/** One state change of a job: when, to what, and why. */
public record Transition(Instant at, JobState state, String reason) {

    public Transition {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
        reason = reason == null ? "" : reason;
    }
}
