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
package org.sorastudio.media.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.media.TestMedia;

class FramesTest {

    @TempDir
    static Path clips;

    static Path clip;

    @TempDir
    Path out;

    private final FrameGrabber grabber = Lookup.getDefault().lookup(FrameGrabber.class);
    private final ContactSheetRenderer renderer = Lookup.getDefault().lookup(ContactSheetRenderer.class);

    @BeforeAll
    static void makeClip() throws Exception {
        clip = TestMedia.clip(clips, "clip.mp4", 320, 180, 30, 2, true);
    }

    @Test
    void aGrabbedFrameIsAPngAtTheVideosSize() throws Exception {
        Path png = out.resolve("still.png");

        grabber.grab(clip, 1.0, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(180);
        assertThat(TestMedia.partialFiles(out)).isEmpty();
    }

    @Test
    void theGrabMatchesTheFrameFfmpegExtractsAtThatTime() throws Exception {
        Path grabbed = out.resolve("grabbed.png");
        Path reference = out.resolve("reference.png");
        grabber.grab(clip, 0.5, grabbed);
        new ProcessBuilder("ffmpeg", "-v", "error", "-ss", "0.5", "-i", clip.toString(), "-frames:v", "1",
                reference.toString()).start().waitFor();

        assertThat(Files.mismatch(grabbed, reference)).isEqualTo(-1L);
    }

    @Test
    void aTimeAtOrPastTheEndGivesTheLastFrame() throws Exception {
        Path lastFrame = out.resolve("last.png");
        new ProcessBuilder("ffmpeg", "-v", "error", "-ss", "1.966", "-i", clip.toString(), "-frames:v", "1",
                lastFrame.toString()).start().waitFor();

        grabber.grab(clip, 2.0, out.resolve("end.png"));
        grabber.grab(clip, 99, out.resolve("past.png"));

        assertThat(Files.mismatch(out.resolve("end.png"), lastFrame)).isEqualTo(-1L);
        assertThat(Files.mismatch(out.resolve("past.png"), lastFrame)).isEqualTo(-1L);
        assertThat(TestMedia.partialFiles(out)).isEmpty();
    }

    @Test
    void badGrabsSayWhatIsWrong() throws Exception {
        assertThatThrownBy(() -> grabber.grab(clip, -1, out.resolve("x.png")))
                .isInstanceOf(FrameExtractionException.class)
                .hasMessageContaining("clip.mp4: cannot grab a frame at -1.00 s");
        Path missing = clips.resolve("missing.mp4");
        assertThatThrownBy(() -> grabber.grab(missing, 1, out.resolve("x.png")))
                .isInstanceOf(FrameExtractionException.class)
                .hasMessage(missing + ": file not found");
        Path text = Files.writeString(clips.resolve("text.mp4"), "no video here");
        assertThatThrownBy(() -> renderer.render(text, ContactSheetLayout.DEFAULT, out.resolve("x.png")))
                .isInstanceOf(FrameExtractionException.class)
                .hasMessageStartingWith(text + ": not a readable video");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aContactSheetIsAGridOfTimestampedThumbnails() throws Exception {
        Path png = out.resolve("sheet.png");

        ContactSheet sheet = renderer.render(clip, new ContactSheetLayout(5, 3, 160), png);

        int spacing = ContactSheetLayout.SPACING;
        assertThat(sheet.thumbnailWidth()).isEqualTo(160);
        assertThat(sheet.thumbnailHeight()).isEqualTo(90);
        assertThat(sheet.width()).isEqualTo(3 * 160 + 4 * spacing);
        assertThat(sheet.height()).isEqualTo(2 * 90 + 3 * spacing);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(sheet.width());
        assertThat(image.getHeight()).isEqualTo(sheet.height());
        assertThat(sheet.timestamps()).hasSize(5);
        assertThat(sheet.timestamps().get(0)).isCloseTo(0.2, within(1e-9));
        assertThat(sheet.timestamps().get(4)).isCloseTo(1.8, within(1e-9));
        // The sixth cell is empty: background colour, not a picture.
        int emptyCell = image.getRGB(sheet.width() - spacing - 80, sheet.height() - spacing - 45);
        assertThat(emptyCell & 0xFFFFFF).isEqualTo(0x202020);
    }

    @Test
    void fewerThumbnailsThanColumnsMakeOneNarrowRow() throws Exception {
        ContactSheet sheet = renderer.render(clip, new ContactSheetLayout(2, 4, 64), out.resolve("row.png"));

        BufferedImage image = ImageIO.read(sheet.file().toFile());
        assertThat(image.getWidth()).isEqualTo(2 * 64 + 3 * ContactSheetLayout.SPACING);
        assertThat(image.getHeight()).isEqualTo(36 + 2 * ContactSheetLayout.SPACING);
    }
}
