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
package org.sorastudio.images.impl;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import org.sorastudio.images.FitGeometry;
import org.sorastudio.images.FitSpec;
import org.sorastudio.images.ImageFit;

/** Pixel work on decoded images, all headless: turning upright, converting to 8-bit RGB, scaling, fitting. */
public final class Pixels {

    /** The blurred fill is made this many times smaller than the shot and enlarged again: a cheap wide blur. */
    private static final int BLUR_REDUCTION = 16;
    /** The blurred fill is darkened so the picture itself stands out. */
    private static final float BLUR_DIMMING = 0.35f;

    private Pixels() {
    }

    /**
     * An 8-bit RGB copy of {@code image} turned upright as its EXIF {@code orientation} says. CMYK (converted by the
     * reader), grey, indexed, 16-bit and alpha images all come out the same way; transparency is laid on white.
     */
    public static BufferedImage uprightRgb(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean quarter = orientation >= 5 && orientation <= 8;
        BufferedImage out = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, orientationTransform(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The transform that draws a stored {@code w x h} image upright (EXIF orientations 1..8). */
    static AffineTransform orientationTransform(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored left-right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored top-bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // turned a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // turned a quarter anticlockwise
            default -> new AffineTransform();
        };
    }

    /** {@code source} (upright RGB) fitted to exactly {@code width x height}. */
    public static BufferedImage fit(BufferedImage source, int width, int height, FitSpec fit) {
        FitGeometry geometry = FitGeometry.of(source.getWidth(), source.getHeight(), width, height, fit);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            if (fit.mode() == ImageFit.LETTERBOX) {
                if (fit.blurred()) {
                    g.drawImage(blurredCover(source, width, height), 0, 0, null);
                } else {
                    g.setColor(new Color(fit.fillRgb()));
                    g.fillRect(0, 0, width, height);
                }
            }
            int sx = (int) Math.floor(geometry.sourceX());
            int sy = (int) Math.floor(geometry.sourceY());
            int sw = Math.max(1, Math.min(source.getWidth() - sx, (int) Math.round(geometry.sourceWidth())));
            int sh = Math.max(1, Math.min(source.getHeight() - sy, (int) Math.round(geometry.sourceHeight())));
            int tx = (int) Math.round(geometry.targetX());
            int ty = (int) Math.round(geometry.targetY());
            int tw = Math.max(1, (int) Math.round(geometry.targetWidth()));
            int th = Math.max(1, (int) Math.round(geometry.targetHeight()));
            BufferedImage part = scaled(source.getSubimage(sx, sy, sw, sh), tw, th);
            g.drawImage(part, tx, ty, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * {@code image} scaled to {@code width x height}: halved step by step while at least twice too large (each step
     * bilinear, so every source pixel counts, unlike one big bilinear step), then once to the exact size: bicubic
     * when enlarging, where it is visibly smoother, bilinear otherwise, where it looks the same and is faster.
     */
    public static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() >= 2 * width || current.getHeight() >= 2 * height) {
            int w = current.getWidth() >= 2 * width ? current.getWidth() / 2 : current.getWidth();
            int h = current.getHeight() >= 2 * height ? current.getHeight() / 2 : current.getHeight();
            current = draw(current, w, h, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        if (current.getWidth() == width && current.getHeight() == height && current.getType() == BufferedImage.TYPE_INT_RGB) {
            return current;
        }
        boolean enlarging = width > current.getWidth() || height > current.getHeight();
        return draw(current, width, height, enlarging ? RenderingHints.VALUE_INTERPOLATION_BICUBIC
                : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private static BufferedImage draw(BufferedImage image, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The image cropped to cover the shot, shrunk, blurred, enlarged again and darkened: the letterbox's blurred fill. */
    private static BufferedImage blurredCover(BufferedImage source, int width, int height) {
        int smallW = Math.max(4, width / BLUR_REDUCTION);
        int smallH = Math.max(4, height / BLUR_REDUCTION);
        BufferedImage small = fit(source, smallW, smallH, FitSpec.of(ImageFit.CROP));
        float[] box = new float[25];
        java.util.Arrays.fill(box, 1f / box.length);
        BufferedImage blurred = new ConvolveOp(new Kernel(5, 5, box), ConvolveOp.EDGE_NO_OP, null).filter(small, null);
        BufferedImage cover = draw(blurred, width, height, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        Graphics2D g = cover.createGraphics();
        try {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, BLUR_DIMMING));
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        return cover;
    }
}
