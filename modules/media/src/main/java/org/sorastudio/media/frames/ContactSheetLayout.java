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
package org.sorastudio.media.frames;

/**
 * The grid of a contact sheet.
 *
 * @param count           how many thumbnails, taken at evenly spaced times
 * @param columns         thumbnails per row; rows follow from {@code count}
 * @param thumbnailWidth  width of each thumbnail in pixels (even); the height keeps the video's
 *                        aspect ratio
 */
public record ContactSheetLayout(int count, int columns, int thumbnailWidth) {

    public static final ContactSheetLayout DEFAULT = new ContactSheetLayout(12, 4, 320);

    /** Gap between thumbnails and around the sheet, in pixels. */
    public static final int SPACING = 4;

    public ContactSheetLayout {
        if (count < 1 || columns < 1 || thumbnailWidth < 16 || thumbnailWidth % 2 != 0) {
            throw new IllegalArgumentException("contact sheet layout " + count + " thumbnails, " + columns
                    + " columns, " + thumbnailWidth + " px wide: count and columns must be at least 1 and the"
                    + " width an even number of at least 16");
        }
    }

    public int rows() {
        return (count + columns - 1) / columns;
    }

    /** Columns actually used: fewer than {@link #columns()} when there are fewer thumbnails. */
    public int usedColumns() {
        return Math.min(columns, count);
    }
}
