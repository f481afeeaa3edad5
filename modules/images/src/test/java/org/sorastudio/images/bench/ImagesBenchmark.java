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
package org.sorastudio.images.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.sorastudio.images.FitSpec;
import org.sorastudio.images.ImageFit;
import org.sorastudio.images.ReferenceImages;

/**
 * {@code ./studio bench images}: 100 photos of 4000 x 3000 (JPEG, generated once into the folder {@code images.bench.photos} names)
 * prepared for a 1280 x 720 shot in each fit, as the Shot editor, the CSV batch and the CLI prepare them: header,
 * subsampled decode, fit, PNG (or JPEG) written. Reports the median time per image per fit and the peak heap over the
 * whole run. Run with -Xmx256m to prove the memory target. Targets: under 300 ms per image, under 256 MB.
 */
public final class ImagesBenchmark {

    private static final int PHOTOS = 100;
    private static final int WIDTH = 4000;
    private static final int HEIGHT = 3000;
    private static final String SHOT = "1280x720";
    private static final int WARM_UP = 5;

    private ImagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> photos = photos(Path.of(System.getProperty("images.bench.photos", "target/bench-photos")).toAbsolutePath());
        Path out = Files.createTempDirectory("images-bench");
        try {
            for (int i = 0; i < WARM_UP; i++) {
                ReferenceImages.prepare(photos.get(i), SHOT, FitSpec.DEFAULT, out.resolve("warm-up"));
            }
            resetPeaks();
            StringBuilder result = new StringBuilder("RESULT");
            double worst = 0;
            for (ImageFit fit : ImageFit.values()) {
                double[] millis = new double[PHOTOS];
                Path folder = out.resolve(fit.keyword());
                for (int i = 0; i < PHOTOS; i++) {
                    long start = System.nanoTime();
                    ReferenceImages.prepare(photos.get(i), SHOT, FitSpec.of(fit), folder);
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                double median = (millis[PHOTOS / 2 - 1] + millis[PHOTOS / 2]) / 2;
                worst = Math.max(worst, median);
                System.out.printf(Locale.ROOT, "%-9s median %.1f ms per image (fastest %.1f, slowest %.1f)%n", fit.keyword(),
                        median, millis[0], millis[PHOTOS - 1]);
                result.append(String.format(Locale.ROOT, " %s_median_ms=%.1f", fit.keyword(), median));
            }
            double peakMb = peakHeapBytes() / (1024.0 * 1024.0);
            System.out.printf(Locale.ROOT, "%d photos of %d x %d fitted to %s in each mode; peak heap %.1f MB (max heap %.0f MB)%n",
                    PHOTOS, WIDTH, HEIGHT, SHOT, peakMb, Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
            System.out.printf(Locale.ROOT, "targets: under 300 ms per image %s, under 256 MB %s%n", worst < 300 ? "met" : "MISSED",
                    peakMb < 256 ? "met" : "MISSED");
            System.out.println(result.append(String.format(Locale.ROOT, " peak_heap_mb=%.1f photos=%d", peakMb, PHOTOS)));
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The photos, made once: smooth gradients with noise, so they decode like camera JPEGs rather than flat colour. */
    private static List<Path> photos(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> photos = new ArrayList<>(PHOTOS);
        BufferedImage image = null;
        for (int n = 0; n < PHOTOS; n++) {
            Path photo = folder.resolve(String.format(Locale.ROOT, "photo-%03d.jpg", n));
            if (!Files.isRegularFile(photo)) {
                if (image == null) {
                    image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
                }
                paint(image, n);
                ImageIO.write(image, "jpeg", photo.toFile());
            }
            photos.add(photo);
        }
        return photos;
    }

    private static void paint(BufferedImage image, int seed) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        SplittableRandom random = new SplittableRandom(seed);
        int shift = seed * 37;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int noise = random.nextInt(32);
                int r = ((x + shift) * 255 / (WIDTH + shift) + noise) & 0xFF;
                int g = (y * 255 / HEIGHT + noise) & 0xFF;
                int b = (((x ^ y) >> 4) + seed * 11 + noise) & 0xFF;
                pixels[y * WIDTH + x] = (r << 16) | (g << 8) | b;
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound of the heap in use at any moment. */
    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
