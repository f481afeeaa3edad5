package org.sorastudio.images;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The fixtures (an 80 x 60 picture, red left half, blue right half, a green square top left) and colour checks. */
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
