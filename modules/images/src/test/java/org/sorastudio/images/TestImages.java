package org.sorastudio.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Files the tests read: the fixtures (an 80 x 60 picture, red left half, blue right half, a green square top left) and generated ones. */
final class TestImages {

    private TestImages() {
    }

    /** Copies the fixture {@code name} into {@code folder}. */
    static Path fixture(String name, Path folder) {
        try (InputStream in = TestImages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code width x height} picture: left half red, right half blue, written as {@code format}. */
    static Path halves(Path folder, String name, int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        Path file = folder.resolve(name);
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    /**
     * A valid 1-bit grey PNG of {@code width x height} zeros: a few hundred kilobytes on disk that would need gigabytes
     * decoded (a decompression bomb).
     */
    static Path bomb(Path folder, int width, int height) throws IOException {
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

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getGreen() < 90 && c.getBlue() < 90;
    }

    static boolean bluish(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 180 && c.getRed() < 90 && c.getGreen() < 90;
    }

    static boolean greenish(int rgb) {
        Color c = new Color(rgb);
        return c.getGreen() > 180 && c.getRed() < 90 && c.getBlue() < 90;
    }
}
