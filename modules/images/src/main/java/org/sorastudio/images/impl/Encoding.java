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

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes the upload. A photograph that came as a JPEG goes back as a JPEG of high quality: PNG cannot restore what
 * the JPEG lost, is seven times larger and ten times slower to write. Anything else is written as PNG (lossless) when
 * that stays under the limit, else as a JPEG at the best quality that does.
 */
public final class Encoding {

    private static final float[] JPEG_QUALITIES = {0.92f, 0.85f, 0.75f, 0.6f, 0.45f};

    private Encoding() {
    }

    /**
     * @param format  {@code "png"} or {@code "jpg"}
     * @param bytes   the encoded image
     * @param quality the JPEG quality used, 1 for PNG
     */
    public record Encoded(String format, byte[] bytes, float quality) {
    }

    /**
     * The smallest-loss encoding of {@code image} within {@code limitBytes}, or {@code null} when none fits.
     *
     * @param photograph the source was a JPEG: start with JPEG
     */
    public static Encoded within(BufferedImage image, long limitBytes, boolean photograph) {
        if (!photograph) {
            byte[] png = png(image);
            if (png.length <= limitBytes) {
                return new Encoded("png", png, 1);
            }
        }
        for (float quality : JPEG_QUALITIES) {
            byte[] jpeg = jpeg(image, quality);
            if (jpeg.length <= limitBytes) {
                return new Encoded("jpg", jpeg, quality);
            }
        }
        return null;
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return out.toByteArray();
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
