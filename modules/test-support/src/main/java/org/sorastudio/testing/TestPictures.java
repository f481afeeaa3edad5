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
package org.sorastudio.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Image files for tests and benchmarks of reference images: real pictures, and the bad inputs users meet. */
public final class TestPictures {

    private TestPictures() {
    }

    /** A {@code width x height} picture, left half red, right half blue, written as {@code format} ("jpeg", "png", ...). */
    public static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /** {@link #halves(int, int)} written to {@code folder/name} as {@code format}. */
    public static Path halves(Path folder, String name, int width, int height, String format) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(folderOf(file));
        if (!ImageIO.write(halves(width, height), format, file.toFile())) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return file;
    }

    /** A photo-like picture (gradients and noise, so it compresses like a photo) written as a JPEG. */
    public static Path photo(Path file, int width, int height, long seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(seed);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / width + random.nextInt(24)) & 0xFF;
                int g = (y * 255 / height + random.nextInt(24)) & 0xFF;
                int b = ((x + y) * 255 / (width + height) + random.nextInt(24)) & 0xFF;
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        Files.createDirectories(folderOf(file));
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    /** The first half of {@code image}'s bytes, as a download that broke off. */
    public static Path truncated(Path image, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(image);
        return Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /**
     * A valid 1-bit grey PNG of {@code width x height} zeros: a few hundred kilobytes on disk that would need gigabytes
     * decoded (a decompression bomb).
     */
    public static Path bomb(Path folder, int width, int height) throws IOException {
        Path file = folder.resolve("bomb-" + width + "x" + height + ".png");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 1).put((byte) 0)
                    .put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(out, "IHDR", header.array());
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            byte[] row = new byte[1 + (width + 7) / 8];
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed, new Deflater(9))) {
                for (int y = 0; y < height; y++) {
                    deflate.write(row);
                }
            }
            chunk(out, "IDAT", compressed.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
        return file;
    }

    /** A two-frame animated GIF. */
    public static Path animatedGif(Path file) throws IOException {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            BufferedImage first = new BufferedImage(32, 24, BufferedImage.TYPE_BYTE_INDEXED);
            BufferedImage second = halves(32, 24);
            BufferedImage indexed = new BufferedImage(32, 24, BufferedImage.TYPE_BYTE_INDEXED);
            indexed.createGraphics().drawImage(second, 0, 0, null);
            writer.writeToSequence(new javax.imageio.IIOImage(first, null, null), null);
            writer.writeToSequence(new javax.imageio.IIOImage(indexed, null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The folder a picture goes into; a bare name goes into the working directory. */
    private static Path folderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            throw new IllegalArgumentException(file + " is a root, not a file");
        }
        return folder;
    }
}
