package org.sorastudio.media.frames;

import java.nio.file.Path;

/**
 * Renders a grid of evenly spaced thumbnails, each with its timestamp drawn on it, into one PNG.
 * Found through {@code Lookup.getDefault()}.
 */
public interface ContactSheetRenderer {

    /**
     * @throws FrameExtractionException when the video cannot be read or ffmpeg fails; no partial
     *                                  PNG is left behind
     */
    ContactSheet render(Path video, ContactSheetLayout layout, Path png) throws FrameExtractionException;
}
