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
 * Where a fit takes its pixels from and puts them: the part of the source used ({@code source*}, in source pixels)
 * is drawn into the part of the target it covers ({@code target*}, in target pixels). A crop uses part of the
 * source and all of the target; a letterbox all of the source and part of the target; a resize both whole.
 * The Shot editor draws the same rectangles over its preview that {@link ReferenceImages#fit} uses.
 */
public record FitGeometry(double sourceX, double sourceY, double sourceWidth, double sourceHeight,
        double targetX, double targetY, double targetWidth, double targetHeight) {

    /** The geometry of {@code fit} for a {@code sourceWidth x sourceHeight} image on a {@code width x height} shot. */
    public static FitGeometry of(int sourceWidth, int sourceHeight, int width, int height, FitSpec fit) {
        double sw = sourceWidth;
        double sh = sourceHeight;
        return switch (fit.mode()) {
            case RESIZE -> new FitGeometry(0, 0, sw, sh, 0, 0, width, height);
            case CROP -> {
                double scale = Math.max(width / sw, height / sh);
                double cropW = Math.min(sw, width / scale);
                double cropH = Math.min(sh, height / scale);
                double x = Math.max(0, Math.min(sw - cropW, fit.focusX() * sw - cropW / 2));
                double y = Math.max(0, Math.min(sh - cropH, fit.focusY() * sh - cropH / 2));
                yield new FitGeometry(x, y, cropW, cropH, 0, 0, width, height);
            }
            case LETTERBOX -> {
                double scale = Math.min(width / sw, height / sh);
                double w = Math.min(width, sw * scale);
                double h = Math.min(height, sh * scale);
                yield new FitGeometry(0, 0, sw, sh, (width - w) / 2, (height - h) / 2, w, h);
            }
        };
    }

    /** How much the used source is enlarged (the larger of the two axes), 1 = pixel for pixel. */
    public double enlargement() {
        return Math.max(targetWidth / sourceWidth, targetHeight / sourceHeight);
    }
}
