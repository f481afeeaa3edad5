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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sorastudio.testing.FuzzBounds;

/**
 * Damaged copies of real images (bytes changed, the end cut off) are refused with an {@link ImageProblemException}
 * or read: never another exception, a hang, or memory that grows with what the damaged header claims. The seed and
 * count are fixed for the normal suite; {@code -Djqwik.tries.default=N} (./studio fuzz) runs longer. A GIF whose
 * frame claimed 65,360 x 60 pixels once took 32 MB to decode for a 64 x 36 shot; {@code ReferenceImagesTest}'s strip
 * test keeps that case.
 */
class ImageReaderFuzzTest {

    private static final String[] FIXTURES = {"photo.jpg", "photo.png", "photo.webp", "photo.gif", "photo.bmp",
        "photo.tiff", "photo-cmyk.jpg", "photo-orientation6.jpg"};

    @Provide
    Arbitrary<byte[]> damaged() {
        return Arbitraries.of(FIXTURES).flatMap(name -> {
            byte[] original = bytes(name);
            Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, original.length - 1).list().ofMinSize(1).ofMaxSize(8)
                    .flatMap(positions -> Arbitraries.bytes().list().ofSize(positions.size()).map(values -> {
                        byte[] copy = original.clone();
                        for (int i = 0; i < positions.size(); i++) {
                            copy[positions.get(i)] = values.get(i);
                        }
                        return copy;
                    }));
            Arbitrary<byte[]> cut = Arbitraries.integers().between(1, original.length - 1)
                    .map(length -> java.util.Arrays.copyOf(original, length));
            return Arbitraries.oneOf(flipped, cut);
        });
    }

    @Property(seed = "12")
    void aDamagedImageIsRefusedOrReadWithinBounds(@ForAll("damaged") byte[] image) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Path file = Files.write(dir.resolve("damaged"), image);
            FuzzBounds.within(image.length, () -> {
                try {
                    ReferenceImages.prepare(file, "64x36", FitSpec.DEFAULT, dir.resolve("out"));
                } catch (ImageProblemException expected) {
                    // a sentence for a person: the point of the test is that nothing else escapes
                }
            });
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = ImageReaderFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
