package org.sorastudio.media.frames;

import java.nio.file.Path;

/** Saves single frames of a video as PNG images. Found through {@code Lookup.getDefault()}. */
public interface FrameGrabber {

    /**
     * Writes the first frame at or after {@code seconds} (the frame {@code ffmpeg -ss} gives) as a
     * PNG at the video's own size. A time at or past the last frame gives the last frame.
     *
     * @throws FrameExtractionException when the video cannot be read, the time is negative, or
     *                                  ffmpeg fails; no partial PNG is left behind
     */
    void grab(Path video, double seconds, Path png) throws FrameExtractionException;
}
