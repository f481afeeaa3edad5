package org.sorastudio.images;

/**
 * What an image file's header says, read without decoding its pixels.
 *
 * @param format      the format's usual name, e.g. {@code JPEG}, {@code PNG}, {@code WebP}
 * @param width       width as stored, in pixels
 * @param height      height as stored, in pixels
 * @param orientation the EXIF orientation (1 = as stored, 2..8 = mirrored and/or turned), 1 when absent
 * @param fileBytes   the file's length
 */
public record ImageInfo(String format, int width, int height, int orientation, long fileBytes) {

    /** Whether the picture is shown turned by a quarter, so its shown width is its stored height. */
    public boolean quarterTurned() {
        return orientation >= 5 && orientation <= 8;
    }

    /** Width as shown, after the EXIF orientation. */
    public int shownWidth() {
        return quarterTurned() ? height : width;
    }

    /** Height as shown, after the EXIF orientation. */
    public int shownHeight() {
        return quarterTurned() ? width : height;
    }

    public long pixels() {
        return (long) width * height;
    }

    /** E.g. {@code "4000 x 3000 JPEG"}, as shown. */
    public String describe() {
        return shownWidth() + " x " + shownHeight() + " " + format;
    }
}
