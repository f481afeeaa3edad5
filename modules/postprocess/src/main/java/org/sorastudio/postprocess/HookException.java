package org.sorastudio.postprocess;

/** A hook that cannot be run for a clip as written (an unknown placeholder, one the clip has no value for). */
public final class HookException extends Exception {

    public HookException(String message) {
        super(message);
    }
}
