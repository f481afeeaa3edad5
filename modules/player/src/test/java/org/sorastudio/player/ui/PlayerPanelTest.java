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

import static org.assertj.core.api.Assertions.assertThat;
import static org.sorastudio.player.ui.TestVideos.await;
import static org.sorastudio.player.ui.TestVideos.meanDifference;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.TransferHandler;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.player.playback.PlaybackClock;
import org.sorastudio.testing.gui.GuiSteps;
import org.sorastudio.testing.gui.KeyboardWalk;

/** The player in a real window under the test display, playing a real clip through libVLC. */
class PlayerPanelTest {

    @TempDir
    static Path folder;
    private static Path clip;

    private FrameFixture window;
    private PlayerPanel panel;

    @BeforeAll
    static void makeClip() throws Exception {
        FailOnThreadViolationRepaintManager.install();
        clip = TestVideos.clip(folder, "clip.mp4", 2);
    }

    private void show(LibVlc libVlc) {
        JFrame frame = GuiActionRunner.execute(() -> {
            panel = new PlayerPanel(libVlc);
            JFrame f = new JFrame("Player test");
            f.setContentPane(panel);
            f.setSize(900, 620);
            return f;
        });
        window = new FrameFixture(frame);
        window.show();
    }

    private void showPlayer() {
        LibVlc libVlc = LibVlc.discover();
        assertThat(libVlc.available()).as("libVLC must be installed for the player tests: %s", libVlc.problem()).isTrue();
        show(libVlc);
    }

    @AfterEach
    void close() {
        if (panel != null) {
            GuiActionRunner.execute(() -> panel.release());
        }
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void grabbedPngIsTheFrameOnScreen() throws Exception {
        showPlayer();
        GuiActionRunner.execute(() -> panel.open(clip)).get();
        await("it plays", () -> panel.isPlaying());
        GuiActionRunner.execute(() -> panel.pause());
        await("it pauses", () -> !panel.isPlaying());
        GuiActionRunner.execute(() -> panel.seek(1000));
        for (int step = 0; step < 16; step++) {
            GuiActionRunner.execute(() -> panel.stepForward());
        }
        // Counted in frames: frame 46 starts at 1533 ms (16 x 33 ms would have drifted to 1528).
        await("the steps land on frame 46", () -> panel.timeMillis() == 1533);
        await("frame 46 is shown", () -> isFrame(panel.surface().snapshot(), 46));

        Path png = folder.resolve("grab.png");
        GuiActionRunner.execute(() -> panel.grabFrame(png)).get();

        BufferedImage grabbed = ImageIO.read(png.toFile());
        assertThat(meanDifference(grabbed, TestVideos.ffmpegFrame(clip, 1.533, folder.resolve("ref.png")))).isLessThan(1);
        assertThat(isFrame(grabbed, 46)).isTrue();
        assertThat(meanDifference(grabbed, panel.surface().snapshot())).isZero();
        await("the status names the file", () -> window.label("status").text().contains("grab.png"));
    }

    @Test
    void extendAndEditAskTheInstalledProviderForTheClipOnScreen() throws Exception {
        RecordingClipDerivation.ASKED.clear();
        showPlayer();
        window.button("extend").requireDisabled();
        GuiActionRunner.execute(() -> panel.open(clip)).get();
        // through Swing: a robot's click can be lost while the window has no focus under Xvfb
        GuiSteps.press(window.button("extend").requireEnabled());
        GuiSteps.press(window.button("edit"));
        assertThat(RecordingClipDerivation.ASKED).containsExactly("EXTEND clip.mp4", "EDIT clip.mp4");
    }

    @Test
    void loopsWhenAskedAndPlaysAgainAfterTheEnd() throws Exception {
        showPlayer();
        GuiActionRunner.execute(() -> window.checkBox("loop").target().setSelected(true));
        GuiActionRunner.execute(() -> panel.open(clip)).get();
        await("it gets near the end", () -> panel.timeMillis() > 1500);
        await("it starts over", () -> panel.isPlaying() && panel.timeMillis() < 1000);

        GuiActionRunner.execute(() -> window.checkBox("loop").target().setSelected(false));
        await("it ends", () -> !panel.isPlaying() && panel.timeMillis() == 2000);
        await("the button offers Play", () -> "Play".equals(window.button("playPause").text()));
        GuiActionRunner.execute(() -> panel.togglePlay());
        await("it plays again from the start", () -> panel.isPlaying() && panel.timeMillis() < 1500);

        await("it ends again", () -> !panel.isPlaying() && panel.timeMillis() == 2000);
        GuiActionRunner.execute(() -> panel.seek(1000));
        await("a seek after the end shows that frame, paused",
                () -> !panel.isPlaying() && panel.timeMillis() == 1000 && isFrame(panel.surface().snapshot(), 30));
        GuiActionRunner.execute(() -> panel.togglePlay());
        await("it plays on from there", () -> panel.isPlaying() && panel.timeMillis() > 1000 && panel.timeMillis() < 2000);
    }

    @Test
    void aDroppedFileIsOpened() throws Exception {
        showPlayer();
        Transferable files = new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) {
                return List.of(clip.toFile());
            }
        };
        assertThat(GuiActionRunner.execute(() -> panel.surface().getTransferHandler()
                .importData(new TransferHandler.TransferSupport(panel.surface(), files)))).isTrue();
        await("the dropped clip plays", () -> clip.equals(panel.clip()) && panel.isPlaying());
    }

    @Test
    void unplayableFilesAreExplained() throws Exception {
        showPlayer();
        GuiActionRunner.execute(() -> panel.open(folder.resolve("missing.mp4"))).get();
        await("the notice shows", () -> GuiActionRunner.execute(() -> panel.isNoticeShowing()));
        assertThat(panel.noticeText()).startsWith("This file cannot be played.").contains("missing.mp4");
        window.button("playPause").requireDisabled();

        Path text = TestVideos.textFile(folder, "notes.mp4");
        GuiActionRunner.execute(() -> panel.open(text)).get();
        assertThat(panel.noticeText()).contains("notes.mp4");

        Path truncated = folder.resolve("truncated.mp4");
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(clip), 800));
        GuiActionRunner.execute(() -> panel.open(truncated)).get();
        assertThat(panel.noticeText()).contains("truncated.mp4");
    }

    @Test
    void withoutLibVlcThePanelSaysHowToInstallIt() {
        show(LibVlc.missing("libVLC was not found"));
        assertThat(panel.noticeText()).contains("needs VLC (libVLC 3)").contains("libVLC was not found")
                .contains(LibVlcInstallHint.forThisSystem());
        window.button("playPause").requireDisabled();
        window.button("grab").requireDisabled();
    }

    @Test
    void contactSheetSeeksWhereClicked() throws Exception {
        showPlayer();
        GuiActionRunner.execute(() -> panel.open(clip)).get();
        ContactSheetView view = GuiActionRunner.execute(() -> panel.showContactSheet()).get();
        assertThat(view.sheet().timestamps()).hasSize(12);
        // The centre of the sixth thumbnail (second row, second column).
        int x = 4 + (view.sheet().thumbnailWidth() + 4) + view.sheet().thumbnailWidth() / 2;
        int y = 4 + (view.sheet().thumbnailHeight() + 4) + view.sheet().thumbnailHeight() / 2;
        assertThat(view.thumbnailAt(x, y)).isEqualTo(5);
        assertThat(view.thumbnailAt(1, 1)).isEqualTo(-1);
        Path saved = view.save(folder.resolve("sheet.png")).get();
        assertThat(ImageIO.read(saved.toFile()).getWidth()).isEqualTo(view.sheet().width());
    }

    @Test
    void spacePausesAndPlaysWithoutTheMouse() throws Exception {
        showPlayer();
        GuiActionRunner.execute(() -> panel.open(clip)).get();
        await("it plays", () -> panel.isPlaying());
        // the window gives the video the focus when it is activated (PlayerTopComponent.componentActivated)
        GuiSteps.focus(window);
        GuiActionRunner.execute(() -> panel.surface().requestFocusInWindow());
        await("the video has the focus", () -> panel.surface().isFocusOwner());

        window.robot().pressAndReleaseKeys(KeyEvent.VK_SPACE);
        await("Space pauses", () -> !panel.isPlaying());
        window.robot().pressAndReleaseKeys(KeyEvent.VK_SPACE);
        await("Space plays again", () -> panel.isPlaying());
    }

    @Test
    void everyRegisteredPlayerShortcutHasItsPerformer() {
        showPlayer();
        for (String key : List.of(PlayerShortcuts.TOGGLE_PLAY, PlayerShortcuts.PREVIOUS_FRAME, PlayerShortcuts.NEXT_FRAME,
                PlayerShortcuts.BACK_ONE_SECOND, PlayerShortcuts.FORWARD_ONE_SECOND, PlayerShortcuts.FIRST_FRAME,
                PlayerShortcuts.LAST_FRAME)) {
            assertThat(GuiActionRunner.execute(() -> panel.getActionMap().get(key))).as(key).isNotNull();
        }
    }

    @Test
    void everyControlIsNamedAndReachedWithTheKeyboard() throws Exception {
        showPlayer();
        GuiActionRunner.execute(() -> panel.open(clip)).get();
        KeyboardWalk.walk(window);
    }

    @Test
    void playsPausesSeeksAndSteps() throws Exception {
        showPlayer();
        GuiActionRunner.execute(() -> panel.open(clip)).get();

        await("the position advances", () -> panel.timeMillis() > 400);
        await("frames are drawn", () -> panel.surface().framesShown() > 5);
        BufferedImage early = panel.surface().snapshot();
        await("the picture changes", () -> meanDifference(early, panel.surface().snapshot()) > 1);
        await("the button offers Pause", () -> "Pause".equals(window.button("playPause").text()));
        TestVideos.screenshotIfAsked("PLAYER_SCREENSHOT");

        GuiActionRunner.execute(() -> panel.togglePlay());
        await("it pauses", () -> !panel.isPlaying());
        await("the button offers Play", () -> "Play".equals(window.button("playPause").text()));
        long pausedAt = panel.timeMillis();
        await("the paused picture is the frame at the paused position",
                () -> isFrame(panel.surface().snapshot(), PlaybackClock.frameIndex(pausedAt, FrameRate.of(30))));
        BufferedImage atPause = panel.surface().snapshot();
        Thread.sleep(400);
        assertThat(panel.timeMillis()).isEqualTo(pausedAt);
        assertThat(meanDifference(panel.surface().snapshot(), atPause)).isZero();

        GuiActionRunner.execute(() -> panel.seek(1000));
        await("the seek lands", () -> panel.timeMillis() == 1000);
        window.label("time").requireText("0:01.000 / 0:02.000");

        window.robot().click(panel.surface());
        window.robot().pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        await("one frame on", () -> panel.timeMillis() == 1033);
        await("frame 31 is shown", () -> isFrame(panel.surface().snapshot(), 31));

        window.robot().pressAndReleaseKeys(KeyEvent.VK_LEFT);
        await("one frame back", () -> panel.timeMillis() == 1000);
        window.label("time").requireText("0:01.000 / 0:02.000");
        await("frame 30 is shown again", () -> isFrame(panel.surface().snapshot(), 30));

        // Playing on from there: libVLC's own frames again, moving on from 1 s.
        GuiActionRunner.execute(() -> panel.togglePlay());
        await("it plays on", () -> panel.isPlaying() && panel.timeMillis() > 1100);
    }

    /**
     * Whether {@code shown} is frame {@code index} of the clip: closer to ffmpeg's decode of that
     * frame than to any of its neighbours (testsrc frames differ only in a few pixels, less than
     * VLC's and ffmpeg's colour conversions differ, so a plain threshold would not tell them apart).
     */
    private static boolean isFrame(BufferedImage shown, long index) {
        if (shown == null) {
            return false;
        }
        try {
            double best = Double.MAX_VALUE;
            long closest = -1;
            for (long candidate = Math.max(0, index - 2); candidate <= index + 2; candidate++) {
                double difference = meanDifference(shown, frame(candidate));
                if (difference < best) {
                    best = difference;
                    closest = candidate;
                }
            }
            return closest == index;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static final Map<Long, BufferedImage> FRAMES = new ConcurrentHashMap<>();

    /** Frame {@code index} as ffmpeg decodes it. */
    static BufferedImage frame(long index) throws Exception {
        BufferedImage cached = FRAMES.get(index);
        if (cached == null) {
            cached = TestVideos.ffmpegFrame(clip, (index - 0.25) / 30.0, folder.resolve("frame" + index + ".png"));
            FRAMES.put(index, cached);
        }
        return cached;
    }
}
