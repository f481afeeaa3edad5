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

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.player.playback.PlaybackController;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.player.base.MediaPlayer;
import uk.co.caprica.vlcj.player.embedded.videosurface.VideoSurface;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormat;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormatCallback;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.RenderCallback;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.format.RV32BufferFormat;

/**
 * The playback controller without any window or Swing component: libVLC renders into a plain picture that only counts
 * frames and keeps the stills, as the CLI or a test could use it. Needs libVLC and ffmpeg.
 */
class PlaybackControllerTest {

    @TempDir
    Path folder;

    @Test
    void playsPausesOnTheExactFrameAndGrabsItWithoutAnyWindow() throws Exception {
        assertThat(LibVlc.discover().available()).as("libVLC is installed (see the module's README)").isTrue();
        Path clip = TestVideos.clip(folder, "clip.mp4", 2);
        BufferedImage frame30 = TestVideos.ffmpegFrame(clip, 1.0, folder.resolve("ref.png"));
        PlainPicture picture = new PlainPicture();
        AtomicInteger changes = new AtomicInteger();
        PlaybackController playback = new PlaybackController(picture, new PlaybackController.Listener() {
            @Override
            public void changed() {
                changes.incrementAndGet();
            }

            @Override
            public void failed(Path failedClip) {
                throw new AssertionError("libVLC refused " + failedClip);
            }
        });
        try {
            MediaInfo info = playback.open(clip, "cannot play").get(30, TimeUnit.SECONDS);
            assertThat(info.width()).isEqualTo(320);
            assertThat(playback.clip()).isEqualTo(clip);
            await("libVLC renders frames", () -> playback.isPlaying() && picture.frames.get() > 5);

            playback.pause();
            await("it pauses", () -> !playback.isPlaying());
            assertThat(playback.seek(1000)).isEqualTo(1000);
            await("the still is frame 30, decoded by ffmpeg", () -> playback.timeMillis() == 1000 && picture.still.get() != null
                    && meanDifference(picture.still.get(), frame30) < 1);

            Path png = playback.grabFrame(folder.resolve("grab.png")).get(30, TimeUnit.SECONDS);
            assertThat(meanDifference(ImageIO.read(png.toFile()), picture.still.get())).isZero();
            assertThat(changes.get()).as("the listener heard the changes").isPositive();
        } finally {
            playback.release();
        }
    }

    /** A picture with no component: counts libVLC's frames and keeps the last still. */
    private static final class PlainPicture implements PlaybackController.Picture {

        final AtomicInteger frames = new AtomicInteger();
        final AtomicReference<BufferedImage> still = new AtomicReference<>();

        @Override
        public VideoSurface createFor(MediaPlayerFactory factory) {
            BufferFormatCallback format = new BufferFormatCallback() {
                @Override
                public BufferFormat getBufferFormat(int sourceWidth, int sourceHeight) {
                    return new RV32BufferFormat(sourceWidth, sourceHeight);
                }

                @Override
                public void allocatedBuffers(ByteBuffer[] buffers) {
                    // nothing is drawn: the frames are only counted
                }
            };
            RenderCallback render = (MediaPlayer player, ByteBuffer[] buffers, BufferFormat bufferFormat) -> frames.incrementAndGet();
            return factory.videoSurfaces().newVideoSurface(format, render, true);
        }

        @Override
        public void setPictureSize(int width, int height) {
            // the frames are not kept, so their size does not matter
        }

        @Override
        public void showStill(BufferedImage image) {
            still.set(image);
        }

        @Override
        public void clearStill() {
            still.set(null);
        }
    }
}
