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

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fit with its details, written as one word so projects, CSV columns and the command line share it
 * ({@link org.sorastudio.core.model.Shot#REFERENCE_FIT}): {@code resize}, {@code crop} (centre), {@code crop@X,Y}
 * (focal point as fractions 0..1 of the image's width and height), {@code letterbox} (black bars),
 * {@code letterbox:#RRGGBB} or {@code letterbox:blur}.
 *
 * @param mode    how the image is fitted
 * @param focusX  crop only: the point of the image kept in view, 0 = left edge, 1 = right edge
 * @param focusY  crop only: 0 = top edge, 1 = bottom edge
 * @param blurred letterbox only: fill the bars with a blurred, enlarged copy of the image instead of a colour
 * @param fillRgb letterbox only: the bars' colour as {@code 0xRRGGBB} when not blurred
 */
public record FitSpec(ImageFit mode, double focusX, double focusY, boolean blurred, int fillRgb) {

    /** What a shot without a chosen fit gets: the frame is filled and nothing is distorted. */
    public static final FitSpec DEFAULT = new FitSpec(ImageFit.CROP, 0.5, 0.5, false, 0);
    /** The words {@link #parse} takes, for messages and help texts. */
    public static final String SYNTAX = "resize, crop, crop@X,Y (a focal point, 0 to 1), letterbox, letterbox:blur or letterbox:#RRGGBB";

    private static final Pattern TEXT = Pattern.compile(
            "(?i)\\s*(resize|crop|letterbox)\\s*(?:@\\s*([0-9.]+)\\s*,\\s*([0-9.]+)|:\\s*(blur|#[0-9a-f]{6}))?\\s*");

    public FitSpec {
        if (mode == null) {
            throw new IllegalArgumentException("a fit needs a mode");
        }
        if (!(focusX >= 0 && focusX <= 1 && focusY >= 0 && focusY <= 1)) {
            throw new IllegalArgumentException("The crop's focal point must lie inside the image (0 to 1), was "
                    + focusX + ", " + focusY + ".");
        }
        // three decimals are finer than a mouse can place the point, and make the text read back exactly
        focusX = Math.round(focusX * 1000) / 1000.0;
        focusY = Math.round(focusY * 1000) / 1000.0;
        fillRgb &= 0xFFFFFF;
    }

    public static FitSpec of(ImageFit mode) {
        return new FitSpec(mode, 0.5, 0.5, false, 0);
    }

    /**
     * The fit written as {@code text}; {@code null} or blank is {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException with a sentence for a person naming the accepted words
     */
    public static FitSpec parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches() || (m.group(2) != null && !m.group(1).equalsIgnoreCase("crop"))
                || (m.group(4) != null && !m.group(1).equalsIgnoreCase("letterbox"))) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a fit; use " + SYNTAX + ".");
        }
        ImageFit mode = ImageFit.byKeyword(m.group(1));
        if (m.group(2) != null) {
            try {
                return new FitSpec(mode, Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), false, 0);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + text.strip() + "\" is not a fit; use " + SYNTAX + ".");
            }
        }
        String fill = m.group(4);
        if (fill == null) {
            return of(mode);
        }
        return fill.equalsIgnoreCase("blur") ? new FitSpec(mode, 0.5, 0.5, true, 0)
                : new FitSpec(mode, 0.5, 0.5, false, Integer.parseInt(fill.substring(1), 16));
    }

    public FitSpec withMode(ImageFit value) {
        return new FitSpec(value, focusX, focusY, blurred, fillRgb);
    }

    /** The same fit with the crop's focal point at ({@code x}, {@code y}), each clamped to 0..1. */
    public FitSpec withFocus(double x, double y) {
        return new FitSpec(mode, clamp(x), clamp(y), blurred, fillRgb);
    }

    public FitSpec withFill(boolean blur, int rgb) {
        return new FitSpec(mode, focusX, focusY, blur, rgb);
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0.5 : Math.max(0, Math.min(1, value));
    }

    /** The text {@link #parse} reads back; only the details that matter for the mode are written. */
    @Override
    public String toString() {
        return switch (mode) {
            case RESIZE -> "resize";
            case CROP -> Double.compare(focusX, 0.5) == 0 && Double.compare(focusY, 0.5) == 0
                    ? "crop" : "crop@" + number(focusX) + "," + number(focusY);
            case LETTERBOX -> blurred ? "letterbox:blur"
                    : fillRgb == 0 ? "letterbox" : String.format(Locale.ROOT, "letterbox:#%06x", fillRgb);
        };
    }
}
