package org.sorastudio.simulator.render;

/** ffmpeg could not render a clip; the message says why. */
public final class RenderFailedException extends RuntimeException {

    public RenderFailedException(String message) {
        super(message);
    }
}
