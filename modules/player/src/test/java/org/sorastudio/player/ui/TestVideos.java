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
package org.sorastudio.player.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;

/** Real clips made with ffmpeg, frames extracted with ffmpeg, and image comparison for the tests. */
final class TestVideos {

    private TestVideos() {
    }

    /** testsrc (a moving pattern with a frame counter) + a sine tone, 320x180 at 30 fps. */
    static Path clip(Path folder, String name, double seconds) throws IOException, InterruptedException {
        Path file = folder.resolve(name);
        run("ffmpeg", "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc=size=320x180:rate=30:duration=" + seconds,
                "-f", "lavfi", "-i", "sine=frequency=440:duration=" + seconds,
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", file.toString());
        return file;
    }

    /** The frame ffmpeg decodes first at or after {@code seconds}. */
    static BufferedImage ffmpegFrame(Path video, double seconds, Path png) throws IOException, InterruptedException {
        run("ffmpeg", "-v", "error", "-y", "-ss", String.format(Locale.ROOT, "%.3f", seconds), "-i", video.toString(),
                "-frames:v", "1", png.toString());
        return ImageIO.read(png.toFile());
    }

    /** Mean absolute difference over all pixels and channels, 0..255. */
    static double meanDifference(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException("sizes differ: " + a.getWidth() + "x" + a.getHeight()
                    + " vs " + b.getWidth() + "x" + b.getHeight());
        }
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xff) - (q >> shift & 0xff));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    /** Waits for a condition the player reaches asynchronously; fails with {@code what} after 20 s (the machine may be busy). */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Saves the test display to the PNG named by environment variable {@code variable}, if set. */
    static void screenshotIfAsked(String variable) throws IOException, InterruptedException {
        String target = System.getenv(variable);
        if (target != null) {
            run("import", "-window", "root", target);
        }
    }

    static Path textFile(Path folder, String name) throws IOException {
        return Files.writeString(folder.resolve(name), "this is not a video\n");
    }
}
