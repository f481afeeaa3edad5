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
package org.sorastudio.media.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.media.TestMedia;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.OutputFormat;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.media.storyboard.StoryboardItem;
import org.sorastudio.media.storyboard.TitleCard;

/** Every kind of bad input gets a message naming the item and leaves no output behind. */
class BadInputTest {

    @TempDir
    static Path clips;

    static Path clip;

    @TempDir
    Path out;

    private final StoryboardExporter exporter = Lookup.getDefault().lookup(StoryboardExporter.class);

    @BeforeAll
    static void makeClip() throws Exception {
        clip = TestMedia.clip(clips, "good.mp4", 320, 180, 30, 2, true);
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Path missing = clips.resolve("gone.mp4");
        assertRejected(ClipItem.of(missing), 1, "Item 2 (clip \"gone.mp4\"): file not found: " + missing);
    }

    @Test
    void aFileThatIsNotAVideoIsNamed() throws Exception {
        Path text = Files.writeString(clips.resolve("notes.mp4"), "these are not frames");
        assertRejected(ClipItem.of(text), 1, "Item 2 (clip \"notes.mp4\"): not a readable video (",
                "Invalid data");
    }

    @Test
    void anEmptyFileIsNamed() throws Exception {
        Path empty = Files.createFile(clips.resolve("empty.mp4"));
        assertRejected(ClipItem.of(empty), 1, "Item 2 (clip \"empty.mp4\"): not a readable video");
    }

    @Test
    void aFileWithOnlyAudioHasNoVideoStream() throws Exception {
        Path audioOnly = clips.resolve("tone.m4a");
        new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=duration=1", "-c:a", "aac",
                audioOnly.toString()).start().waitFor();
        assertRejected(ClipItem.of(audioOnly), 1, "Item 2 (clip \"tone.m4a\"): has no video stream");
    }

    @Test
    void aZeroLengthTrimIsNamed() throws Exception {
        assertRejected(ClipItem.of(clip).withTrim(1.0, 1.0).withLabel("Take 3"), 1,
                "Item 2 (clip \"Take 3\" (good.mp4)): out point 1.00 s is not after in point 1.00 s (zero-length trim)");
    }

    @Test
    void anInvertedTrimIsNamed() throws Exception {
        assertRejected(ClipItem.of(clip).withTrim(1.5, 0.5), 1,
                "Item 2 (clip \"good.mp4\"): out point 0.50 s is not after in point 1.50 s (inverted trim)");
    }

    @Test
    void trimPointsOutsideTheClipAreNamed() throws Exception {
        assertRejected(ClipItem.of(clip).withTrim(-0.5, null), 1, "in point -0.50 s is negative");
        assertRejected(ClipItem.of(clip).withTrim(2.5, null), 1, "in point 2.50 s is at or after the end of the clip");
        assertRejected(ClipItem.of(clip).withTrim(0.5, 3.0), 1, "out point 3.00 s is past the end of the clip (2.00 s)");
    }

    @Test
    void aTitleWithEmptyTextIsNamed() throws Exception {
        assertRejected(TitleCard.of("  ", 2), 1, "Item 2 (title card): the text is empty");
    }

    @Test
    void aTitleWithZeroDurationIsNamed() throws Exception {
        assertRejected(TitleCard.of("The End", 0), 1, "Item 2 (title \"The End\"): duration 0.00 s must be more than zero");
    }

    @Test
    void badTitleSettingsAreNamed() throws Exception {
        assertRejected(TitleCard.of("End", 1).withColours("white", "#000000"), 1, "text colour \"white\" is not #RRGGBB");
        assertRejected(TitleCard.of("End", 1).withColours("#FFFFFF", "#00"), 1, "background colour \"#00\" is not");
        assertRejected(TitleCard.of("End", 1).withFontSize(0), 1, "font size 0 must be positive");
    }

    @Test
    void aCrossfadeLongerThanAnItemIsNamed() throws Exception {
        assertRejected(TitleCard.of("Short", 0.5).withCrossfadeSeconds(1.0), 1,
                "Item 2 (title \"Short\"): crossfade of 1.00 s is longer than the item itself (0.50 s)");
        assertRejected(TitleCard.of("Long", 5).withCrossfadeSeconds(2.5), 1,
                "Item 2 (title \"Long\"): crossfade of 2.50 s is longer than what is left of the previous item");
        assertRejected(TitleCard.of("Back", 5).withCrossfadeSeconds(-1), 1, "crossfade -1.00 s is negative");
    }

    @Test
    void anEmptyStoryboardAndABadOutputSizeAreRejected() throws Exception {
        assertThatThrownBy(() -> exporter.export(Storyboard.empty(), out.resolve("x.mp4"), ExportListener.NONE))
                .isInstanceOf(InvalidStoryboardException.class)
                .hasMessageContaining("The storyboard is empty");
        Storyboard odd = new Storyboard(List.of(ClipItem.of(clip)), new OutputFormat(321, 180, FrameRate.of(30)));
        assertThatThrownBy(() -> exporter.export(odd, out.resolve("x.mp4"), ExportListener.NONE))
                .isInstanceOf(InvalidStoryboardException.class)
                .hasMessage("Output size 321x180: width and height must be positive even numbers (H.264 needs them even)");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aTargetThatIsOneOfTheClipsIsRefused() throws Exception {
        Storyboard storyboard = new Storyboard(List.of(TitleCard.of("A", 1), ClipItem.of(clip)), OutputFormat.HD_LANDSCAPE);
        assertThatThrownBy(() -> exporter.export(storyboard, clip, ExportListener.NONE))
                .isInstanceOf(InvalidStoryboardException.class)
                .hasMessageContaining("is Item 2 (clip \"good.mp4\") itself");
        assertThat(TestMedia.ffprobe(clip)).isNotNull();
    }

    @Test
    void anFfmpegFailureLeavesNoPartialOutputAndKeepsTheOldTarget() throws Exception {
        Path doomed = Files.copy(clip, out.resolve("doomed.mp4"));
        Storyboard storyboard = new Storyboard(List.of(ClipItem.of(doomed).withTrim(0.5, null)),
                new OutputFormat(320, 180, FrameRate.of(30)));
        ExportPlan plan = exporter.plan(storyboard);
        Files.write(doomed, new byte[] {1, 2, 3});
        Path target = out.resolve("film.mp4");
        Files.writeString(target, "previous export");

        assertThatThrownBy(() -> exporter.start(plan, target, ExportListener.NONE).await())
                .isInstanceOf(ExportException.class)
                .hasMessageStartingWith("ffmpeg could not export film.mp4: ")
                .hasMessageContaining("doomed.mp4");
        assertThat(target).hasContent("previous export");
        assertThat(TestMedia.partialFiles(out)).isEmpty();
    }

    /** Rejected at planning and by a full export, with nothing written to the output folder. */
    private void assertRejected(StoryboardItem bad, int index, String... messageParts) throws Exception {
        Storyboard storyboard = new Storyboard(List.of(ClipItem.of(clip), bad), OutputFormat.HD_LANDSCAPE);
        for (var attempt : Stream.<ThrowingCall>of(() -> exporter.plan(storyboard),
                () -> exporter.export(storyboard, out.resolve("film.mp4"), ExportListener.NONE)).toList()) {
            assertThatThrownBy(attempt::call)
                    .isInstanceOfSatisfying(InvalidStoryboardException.class,
                            e -> assertThat(e.itemIndex()).isEqualTo(index))
                    .message().contains(messageParts);
        }
        assertThat(out).isEmptyDirectory();
    }

    @FunctionalInterface
    private interface ThrowingCall {
        Object call() throws Exception;
    }
}
