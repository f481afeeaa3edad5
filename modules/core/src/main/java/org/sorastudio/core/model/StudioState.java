package org.sorastudio.core.model;

/**
 * What the studio restores at start-up: the shot the user was last writing and the last project.
 * (Window layout is restored by the platform's window system.)
 */
public record StudioState(String lastPrompt, String lastModel, String lastSize, int lastSeconds,
        String lastProject) {

    public static StudioState initial() {
        return new StudioState("", Shot.DEFAULT_MODEL, Shot.DEFAULT_SIZE, Shot.DEFAULT_SECONDS, null);
    }
}
