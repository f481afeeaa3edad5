/*
 * Copyright 2026 the Sora Studio authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
