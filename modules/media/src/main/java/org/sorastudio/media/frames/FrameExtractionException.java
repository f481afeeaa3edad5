package org.sorastudio.media.frames;

/** A frame or contact sheet that could not be made; the message names the video and the reason. */
public class FrameExtractionException extends Exception {

    public FrameExtractionException(String message) {
        super(message);
    }
}
