package org.sorastudio.media.storyboard;

import java.util.Objects;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.media.probe.MediaInfo;

/**
 * The picture every item is scaled and padded to (square pixels) and the output frame rate.
 * H.264 in 4:2:0 needs even sizes; the exporter reports odd or non-positive ones.
 */
public record OutputFormat(int width, int height, FrameRate frameRate) {

    public static final OutputFormat HD_LANDSCAPE = new OutputFormat(1280, 720, FrameRate.of(30));

    public OutputFormat {
        Objects.requireNonNull(frameRate, "frameRate");
    }

    /** The size and rate of a clip, e.g. the storyboard's first clip. */
    public static OutputFormat matching(MediaInfo media) {
        return new OutputFormat(media.width(), media.height(), media.frameRate());
    }

    @Override
    public String toString() {
        return width + "x" + height + " @ " + frameRate + " fps";
    }
}
