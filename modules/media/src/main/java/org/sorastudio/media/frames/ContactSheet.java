package org.sorastudio.media.frames;

import java.nio.file.Path;
import java.util.List;

/**
 * A rendered contact sheet.
 *
 * @param file             the PNG
 * @param width            image width in pixels
 * @param height           image height in pixels
 * @param thumbnailWidth   width of one thumbnail
 * @param thumbnailHeight  height of one thumbnail
 * @param timestamps       the video time of each thumbnail in grid order, so a click can seek there
 */
public record ContactSheet(Path file, int width, int height, int thumbnailWidth, int thumbnailHeight,
        List<Double> timestamps) {

    public ContactSheet {
        timestamps = List.copyOf(timestamps);
    }
}
