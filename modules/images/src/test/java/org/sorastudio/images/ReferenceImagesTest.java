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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sorastudio.testing.FuzzBounds;
import org.sorastudio.testing.TestPictures;

class ReferenceImagesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"photo.jpg", "photo.png", "photo.webp", "photo-lossless.webp", "photo.bmp", "photo.tiff",
            "photo.gif", "photo-cmyk.jpg", "photo-16bit.png", "photo-16bit.tiff"})
    void readsEveryFormatAsUprightRgb(String name) throws Exception {
        Path file = TestImages.fixture(name, dir);

        ImageInfo info = ReferenceImages.probe(file);
        BufferedImage image = ReferenceImages.read(file, 80, 60);

        assertThat(info.width()).isEqualTo(80);
        assertThat(info.height()).isEqualTo(60);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(image.getWidth()).isEqualTo(80);
        assertThat(image.getHeight()).isEqualTo(60);
        assertThat(TestImages.reddish(image.getRGB(25, 40))).as("left half red: %08x", image.getRGB(25, 40)).isTrue();
        assertThat(TestImages.bluish(image.getRGB(65, 40))).as("right half blue: %08x", image.getRGB(65, 40)).isTrue();
        assertThat(TestImages.greenish(image.getRGB(3, 3))).as("green square top left: %08x", image.getRGB(3, 3)).isTrue();
    }

    @Test
    void turnsAPhotoUprightAsItsExifOrientationSays() throws Exception {
        Path file = TestImages.fixture("photo-orientation6.jpg", dir); // stored 60 x 80, orientation 6

        ImageInfo info = ReferenceImages.probe(file);
        BufferedImage image = ReferenceImages.read(file, 80, 60);

        assertThat(info.orientation()).isEqualTo(6);
        assertThat(info.width()).isEqualTo(60);
        assertThat(info.shownWidth()).isEqualTo(80);
        assertThat(image.getWidth()).isEqualTo(80);
        assertThat(image.getHeight()).isEqualTo(60);
        assertThat(TestImages.reddish(image.getRGB(25, 40))).isTrue();
        assertThat(TestImages.greenish(image.getRGB(3, 3))).isTrue();
    }

    @Test
    void refusesHeicWithAMessageSayingWhatToDo() {
        Path file = TestImages.fixture("photo.heic", dir);

        assertThatThrownBy(() -> ReferenceImages.probe(file)).isInstanceOf(ImageProblemException.class)
                .hasMessageContaining("HEIC or AVIF").hasMessageContaining("export it as JPEG or PNG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"animated.gif", "animated.webp", "animated.png"})
    void refusesAnimatedImages(String name) {
        Path file = TestImages.fixture(name, dir);

        assertThatThrownBy(() -> ReferenceImages.prepare(file, "1280x720", FitSpec.DEFAULT, dir.resolve("out")))
                .isInstanceOf(ImageProblemException.class).hasMessageContaining("is animated");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void refusesEmptyMissingFolderAndNonImageFilesByName() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.png"));
        Path text = Files.writeString(dir.resolve("notes.jpg"), "these are notes, not a picture");

        assertThatThrownBy(() -> ReferenceImages.probe(empty)).hasMessage("The reference image " + empty
                + " is empty (0 bytes), not an image.");
        assertThatThrownBy(() -> ReferenceImages.probe(text)).hasMessage("The reference image " + text
                + " is not an image Sora Studio can read (JPEG, PNG, WebP, BMP, TIFF or GIF).");
        assertThatThrownBy(() -> ReferenceImages.probe(dir.resolve("gone.png"))).hasMessage("The reference image "
                + dir.resolve("gone.png") + " does not exist.");
        assertThatThrownBy(() -> ReferenceImages.probe(dir)).hasMessage("The reference image " + dir
                + " is a folder, not an image file.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "bmp", "gif"})
    void refusesATruncatedImageWhenItIsPrepared(String format) throws Exception {
        Path whole = TestPictures.halves(dir, "whole." + format, 640, 480, format.equals("jpg") ? "jpeg" : format);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated." + format), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> ReferenceImages.prepare(truncated, "320x240", FitSpec.DEFAULT, dir.resolve("out")))
                .isInstanceOf(ImageProblemException.class).hasMessageContaining("is damaged or truncated");
    }

    @Test
    void refusesADecompressionBombFromItsHeaderWithoutDecodingIt() throws Exception {
        Path bomb = TestPictures.bomb(dir, 30_000, 30_000);

        FuzzBounds.within(Files.size(bomb), () -> assertThatThrownBy(
                () -> ReferenceImages.prepare(bomb, "1280x720", FitSpec.DEFAULT, dir.resolve("out")))
                .isInstanceOf(ImageProblemException.class)
                .hasMessageContaining("is 30,000 x 30,000 pixels (900 megapixels)")
                .hasMessageContaining("up to 100 megapixels"));
    }

    @Test
    void readsABigImageSubsampledToWhatTheShotNeeds() throws Exception {
        Path big = TestPictures.halves(dir, "big.png", 4000, 3000, "png");

        BufferedImage image = ReferenceImages.read(big, 1280, 720);

        assertThat(image.getWidth()).isBetween(1280, 1400);
        assertThat(image.getHeight()).isBetween(960, 1050);
    }

    @Test
    void aStripFarFromTheShotsShapeIsDecodedWithinBoundsToo() throws Exception {
        Path strip = TestPictures.halves(dir, "strip.png", 60_000, 60, "png");

        FuzzBounds.within(Files.size(strip), () -> {
            BufferedImage image = ReferenceImages.read(strip, 64, 36);
            assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(16L * 64 * 36 * 2);
        });
    }

    @Test
    void preparesAnUploadOfExactlyTheShotsSizeAndReusesIt() throws Exception {
        Path photo = TestPictures.halves(dir, "photo.jpg", 1600, 1200, "jpeg");
        Path folder = dir.resolve("references");

        PreparedReference first = ReferenceImages.prepare(photo, "1280x720", FitSpec.parse("letterbox"), folder);
        FileTime written = Files.getLastModifiedTime(first.file());
        PreparedReference again = ReferenceImages.prepare(photo, "1280x720", FitSpec.parse("letterbox"), folder);
        PreparedReference cropped = ReferenceImages.prepare(photo, "1280x720", FitSpec.parse("crop"), folder);

        BufferedImage upload = ImageIO.read(first.file().toFile());
        assertThat(upload.getWidth()).isEqualTo(1280);
        assertThat(upload.getHeight()).isEqualTo(720);
        assertThat(first.file().getFileName().toString()).as("a photo goes back as a JPEG").endsWith(".jpg");
        assertThat(first.file().getParent()).isEqualTo(folder);
        assertThat(first.warnings()).isEmpty();
        assertThat(again.file()).isEqualTo(first.file());
        assertThat(Files.getLastModifiedTime(again.file())).isEqualTo(written);
        assertThat(cropped.file()).isNotEqualTo(first.file());
        assertThat(new java.awt.Color(upload.getRGB(10, 360)).getRed()).as("4:3 on 16:9 letterboxed: black bars at the sides")
                .isLessThan(8);
        assertThat(TestImages.reddish(upload.getRGB(300, 360))).isTrue();
        assertThat(TestImages.bluish(upload.getRGB(980, 360))).isTrue();
    }

    @Test
    void aLosslessSourceIsSentAsPngAndAJpegWhenPngWouldExceedTheLimit() throws Exception {
        Path drawing = TestPictures.halves(dir, "drawing.png", 1600, 1200, "png");

        PreparedReference prepared = ReferenceImages.prepare(drawing, "1280x720", FitSpec.parse("resize"), dir.resolve("out"));
        BufferedImage noisy = ImageIO.read(TestPictures.photo(dir.resolve("noisy.jpg"), 1280, 720, 3).toFile());
        int pngBytes = org.sorastudio.images.impl.Encoding.png(noisy).length;
        org.sorastudio.images.impl.Encoding.Encoded squeezed = org.sorastudio.images.impl.Encoding.within(noisy, pngBytes - 1, false);

        assertThat(prepared.file().getFileName().toString()).endsWith(".png");
        assertThat(squeezed.format()).isEqualTo("jpg");
        assertThat(squeezed.bytes().length).isLessThan(pngBytes);
    }

    @Test
    void warnsWhenASmallImageIsEnlarged() throws Exception {
        Path small = TestImages.fixture("photo.png", dir);

        PreparedReference prepared = ReferenceImages.prepare(small, "1280x720", FitSpec.DEFAULT, dir.resolve("out"));

        assertThat(prepared.warnings()).singleElement().asString()
                .isEqualTo("The reference image photo.png is only 80 x 60: fitting it to 1280x720 enlarges it 16.0 times, "
                        + "so the reference will look soft. A larger image gives a sharper one.");
    }

    @Test
    void refusesAMalformedSize() {
        Path photo = TestImages.fixture("photo.png", dir);

        assertThatThrownBy(() -> ReferenceImages.prepare(photo, "wide", FitSpec.DEFAULT, dir))
                .hasMessage("The shot's size \"wide\" is not WIDTHxHEIGHT, so the reference image cannot be fitted to it.");
    }
}
