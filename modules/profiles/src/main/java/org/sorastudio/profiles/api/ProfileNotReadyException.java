package org.sorastudio.profiles.api;

/** A profile cannot be used as configured (no key, bad URL, simulator cannot start); the message says what to do. */
public final class ProfileNotReadyException extends Exception {

    public ProfileNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
