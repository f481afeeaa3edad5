package org.sorastudio.images;

import java.nio.file.Path;
import java.util.List;

/**
 * A reference image made ready for upload: exactly the shot's size, in a format and size the API takes.
 *
 * @param file     the prepared file (PNG or JPEG), named after its inputs so preparing again finds the same bytes
 * @param source   what the source file's header said
 * @param width    the prepared image's width, the shot's
 * @param height   the prepared image's height, the shot's
 * @param fit      how it was fitted
 * @param warnings things a person should know (upscaled, re-encoded as JPEG to stay under the limit), maybe none
 */
public record PreparedReference(Path file, ImageInfo source, int width, int height, FitSpec fit, List<String> warnings) {

    public PreparedReference {
        warnings = List.copyOf(warnings);
    }
}
