package org.sorastudio.simulator.videos;

import java.util.Locale;

/** The lifecycle states of a video job, spelled as the API spells them. */
public enum VideoStatus {
    QUEUED, IN_PROGRESS, COMPLETED, FAILED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED;
    }
}
