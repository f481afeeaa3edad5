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
package org.sorastudio.player.playback;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.openide.util.Lookup;
import org.openide.util.RequestProcessor;
import org.sorastudio.media.frames.FrameExtractionException;
import org.sorastudio.media.frames.FrameGrabber;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.media.probe.MediaProbe;
import org.sorastudio.media.probe.MediaProbeException;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.player.base.MediaPlayer;
import uk.co.caprica.vlcj.player.base.MediaPlayerEventAdapter;
import uk.co.caprica.vlcj.player.base.State;
import uk.co.caprica.vlcj.player.embedded.EmbeddedMediaPlayer;
import uk.co.caprica.vlcj.player.embedded.videosurface.VideoSurface;

/**
 * Plays one clip with libVLC, without Swing: opening (the file probed by ffprobe first), play and pause, frame-exact
 * seeks and steps, audio, loop, and the exact still while paused; frame grabs decoded by ffmpeg. Every libVLC call
 * runs on one background thread, so no caller waits for the native player; libVLC's event thread only records state
 * (VLCJ forbids calling back into the player from its events) and tells the {@link Listener}. The picture goes to a
 * {@link Picture}, which the player window implements with a Swing component.
 *
 * <p>libVLC 3 is not frame-exact while paused: after a pause it keeps showing frames it had decoded ahead (measured
 * 5-8 frames past its clock without an audio device), a seek while paused does not reliably redraw the picture, and
 * next-frame does not move its clock. So while paused the picture is the frame at the position decoded by ffmpeg
 * (media's {@code FrameGrabber}), the same frame a grab saves, and steps are seeks of one frame duration.
 */
public final class PlaybackController {

    private static final Logger LOG = Logger.getLogger(PlaybackController.class.getName());
    /** Probing, frame grabs and contact sheets: ffmpeg work that must not wait behind the player. */
    public static final RequestProcessor WORK = new RequestProcessor("Player media work", 2);

    /** Where libVLC's frames and the exact stills go. Called from the controller's and libVLC's threads. */
    public interface Picture {

        /** The surface libVLC renders into, made once for the native player. */
        VideoSurface createFor(MediaPlayerFactory factory);

        /** The clip's own size, so the picture is pixel for pixel the clip. */
        void setPictureSize(int width, int height);

        /** Shows {@code still} instead of libVLC's frames until {@link #clearStill}. */
        void showStill(BufferedImage still);

        void clearStill();
    }

    /** Told about changes; called on the controller's or libVLC's threads, never on the event thread. */
    public interface Listener {

        /** The position, the length or the playing state changed. */
        void changed();

        /** libVLC cannot play the clip (damaged, or a format it does not decode). */
        void failed(Path clip);
    }

    private final Picture picture;
    private final Listener listener;
    private final RequestProcessor control = new RequestProcessor("Player controls");
    private final AtomicBoolean seekQueued = new AtomicBoolean();
    private volatile long requestedSeekMillis;

    // Owned by the control thread.
    private MediaPlayerFactory factory;
    private EmbeddedMediaPlayer player;

    // Written by the control, libVLC and caller threads, read anywhere.
    private volatile long timeMillis;
    private volatile long lengthMillis;
    private volatile boolean playing;
    private volatile boolean ended;
    private volatile int volumeLevel = 100;
    private volatile boolean muted;
    private volatile boolean looping;
    private volatile Path clip;
    private volatile MediaInfo media;
    /** Loads the exact frame for the paused picture; rescheduling drops a request not yet started. */
    private final RequestProcessor.Task stillLoader = WORK.create(this::showExactStill);

    public PlaybackController(Picture picture, Listener listener) {
        this.picture = picture;
        this.listener = listener;
    }

    /**
     * Stops what plays, probes {@code file} and starts playing it. Completes with the clip's media information once it
     * plays, or exceptionally with the reason it cannot ({@link MediaProbeException}, {@link IOException}).
     *
     * @param vlcError the sentence for a file libVLC refuses, naming it
     */
    public CompletableFuture<MediaInfo> open(Path file, String vlcError) {
        stop();
        return CompletableFuture.supplyAsync(() -> probe(file), WORK)
                .thenApplyAsync(info -> startPlaying(info, vlcError), control)
                .whenComplete((info, failure) -> {
                    clip = failure == null ? info.file() : null;
                    media = failure == null ? info : null;
                });
    }

    private static MediaInfo probe(Path file) {
        try {
            return Lookup.getDefault().lookup(MediaProbe.class).probe(file);
        } catch (MediaProbeException e) {
            throw new CompletionException(e);
        }
    }

    private MediaInfo startPlaying(MediaInfo info, String vlcError) {
        EmbeddedMediaPlayer mediaPlayer = player();
        ended = false;
        timeMillis = 0;
        lengthMillis = Math.round(info.durationSeconds() * 1000);
        picture.setPictureSize(info.width(), info.height());
        if (!mediaPlayer.media().play(info.file().toAbsolutePath().toString())) {
            throw new CompletionException(new IOException(vlcError));
        }
        return info;
    }

    /** The clip playing, or {@code null}. */
    public Path clip() {
        return clip;
    }

    /** The playing clip's media information, or {@code null}. */
    public MediaInfo media() {
        return media;
    }

    public long timeMillis() {
        return timeMillis;
    }

    public long lengthMillis() {
        return lengthMillis;
    }

    public boolean isPlaying() {
        return playing;
    }

    /** The index of the frame at the position, or 0 without a clip. */
    public long frameIndex() {
        MediaInfo info = media;
        return info == null ? 0 : PlaybackClock.frameIndex(timeMillis, info.frameRate());
    }

    public void togglePlay() {
        onPlayer(mediaPlayer -> {
            if (ended) {
                ended = false;
                mediaPlayer.media().play(clip.toAbsolutePath().toString());
            } else if (mediaPlayer.status().isPlaying()) {
                pauseOnFrame(mediaPlayer);
            } else {
                mediaPlayer.controls().play();
            }
        });
    }

    public void pause() {
        onPlayer(mediaPlayer -> {
            if (mediaPlayer.status().isPlaying()) {
                pauseOnFrame(mediaPlayer);
            }
        });
    }

    /** Pauses and takes libVLC's clock as the position; the picture becomes that exact frame. */
    private void pauseOnFrame(EmbeddedMediaPlayer mediaPlayer) {
        mediaPlayer.controls().setPause(true);
        playing = false;
        timeMillis = mediaPlayer.status().time();
        listener.changed();
        requestExactStill();
    }

    private void requestExactStill() {
        stillLoader.schedule(30);
    }

    private void showExactStill() {
        Path file = clip;
        MediaInfo info = media;
        long at = timeMillis;
        if (file == null || info == null || playing) {
            return;
        }
        Path png = null;
        try {
            png = Files.createTempFile("sorastudio-still", ".png");
            long index = PlaybackClock.frameIndex(at, info.frameRate());
            Lookup.getDefault().lookup(FrameGrabber.class).grab(file, PlaybackClock.seekSecondsFor(index, info.frameRate()), png);
            BufferedImage still = ImageIO.read(png.toFile());
            if (still != null && !playing && at == timeMillis && file.equals(clip)) {
                picture.showStill(still);
            }
        } catch (FrameExtractionException | IOException e) {
            LOG.log(Level.FINE, "No exact still; the paused picture stays libVLC's", e);
        } finally {
            deleteQuietly(png);
        }
    }

    /**
     * Seeks to {@code millis}, kept within the clip; repeated requests while one is pending collapse into the latest.
     * Returns the position sought.
     */
    public long seek(long millis) {
        long target = Math.max(0, Math.min(millis, lastFrameMillis()));
        requestedSeekMillis = target;
        if (!seekQueued.getAndSet(true)) {
            onPlayer(mediaPlayer -> {
                seekQueued.set(false);
                reloadIfEnded(mediaPlayer);
                mediaPlayer.controls().setTime(requestedSeekMillis);
                timeMillis = requestedSeekMillis;
                if (!playing) {
                    requestExactStill();
                }
            });
        }
        return target;
    }

    public long seekBy(long deltaMillis) {
        return seek(timeMillis + deltaMillis);
    }

    public void stepForward() {
        if (media == null) {
            return;
        }
        FrameRate rate = media.frameRate();
        onPlayer(mediaPlayer -> {
            reloadIfEnded(mediaPlayer);
            if (mediaPlayer.status().isPlaying()) {
                pauseOnFrame(mediaPlayer);
            }
            // A seek rather than libVLC's next-frame, which does not move its clock: playing
            // on resumes from the frame shown. Counted in frames so that rounding never adds up.
            long next = PlaybackClock.frameIndex(timeMillis, rate) + 1;
            long target = Math.min(PlaybackClock.millisOfFrame(next, rate), lastFrameMillis());
            mediaPlayer.controls().setTime(target);
            timeMillis = target;
            listener.changed();
            requestExactStill();
        });
    }

    /** libVLC cannot decode backwards: seek one frame duration back, paused. Returns the position sought. */
    public long stepBack() {
        if (media == null) {
            return timeMillis;
        }
        FrameRate rate = media.frameRate();
        pause();
        return seek(PlaybackClock.millisOfFrame(PlaybackClock.frameIndex(timeMillis, rate) - 1, rate));
    }

    public long seekToStart() {
        return seek(0);
    }

    public long seekToEnd() {
        pause();
        return seek(lastFrameMillis());
    }

    /** Where the last frame starts: the end of the scrub bar. */
    public long lastFrameMillis() {
        MediaInfo info = media;
        return info == null ? 0 : Math.max(0, lengthMillis - PlaybackClock.frameMillis(info.frameRate()));
    }

    /**
     * After the end libVLC has unloaded the media: load it again and pause it, so seeks and steps
     * work. (VLCJ's startPaused leaves the player reporting "playing" here now and then.)
     */
    private void reloadIfEnded(EmbeddedMediaPlayer mediaPlayer) {
        if (ended) {
            ended = false;
            mediaPlayer.media().play(clip.toAbsolutePath().toString());
            for (int wait = 0; wait < 200 && mediaPlayer.status().state() != State.PLAYING; wait++) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            mediaPlayer.controls().setPause(true);
            playing = false;
        }
    }

    public void setAudio(int volume, boolean mute) {
        volumeLevel = volume;
        muted = mute;
        onPlayer(mediaPlayer -> {
            mediaPlayer.audio().setVolume(volumeLevel);
            mediaPlayer.audio().setMute(muted);
        });
    }

    public void setLooping(boolean loop) {
        looping = loop;
    }

    /**
     * Saves the frame at the position as {@code png}, decoded by ffmpeg from the file (not libVLC's screen copy,
     * which is converted for display): the PNG is the exact frame at the video's size. Runs on {@link #WORK}.
     */
    public CompletableFuture<Path> grabFrame(Path png) {
        Path file = clip;
        double seconds = PlaybackClock.seekSecondsFor(frameIndex(), media.frameRate());
        return CompletableFuture.supplyAsync(() -> {
            try {
                Lookup.getDefault().lookup(FrameGrabber.class).grab(file, seconds, png);
                return png;
            } catch (FrameExtractionException e) {
                throw new CompletionException(e);
            }
        }, WORK);
    }

    /** Stops playing and frees the native player; a later {@link #open} creates a new one. */
    public void release() {
        control.post(() -> {
            if (player != null) {
                player.controls().stop();
                player.release();
                factory.release();
                player = null;
                factory = null;
            }
        });
        clip = null;
        media = null;
        playing = false;
    }

    private void stop() {
        control.post(() -> {
            if (player != null) {
                player.controls().stop();
            }
        });
    }

    private void onPlayer(Consumer<EmbeddedMediaPlayer> action) {
        if (clip == null) {
            return;
        }
        control.post(() -> {
            if (player != null) {
                action.accept(player);
            }
        });
    }

    /** Creates the native player on first use (loading VLC's plugins takes a moment). Control thread. */
    private EmbeddedMediaPlayer player() {
        if (player == null) {
            factory = new MediaPlayerFactory("--no-video-title-show", "--no-snapshot-preview", "--quiet");
            player = factory.mediaPlayers().newEmbeddedMediaPlayer();
            player.videoSurface().set(picture.createFor(factory));
            player.events().addMediaPlayerEventListener(new PlayerEvents());
        }
        return player;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot delete " + file, e);
        }
    }

    /** Runs on libVLC's event thread: record, then tell the listener. */
    private final class PlayerEvents extends MediaPlayerEventAdapter {
        @Override
        public void playing(MediaPlayer mediaPlayer) {
            playing = true;
            ended = false;
            picture.clearStill();
            mediaPlayer.submit(() -> {
                mediaPlayer.audio().setVolume(volumeLevel);
                mediaPlayer.audio().setMute(muted);
            });
            listener.changed();
        }

        @Override
        public void paused(MediaPlayer mediaPlayer) {
            playing = false;
            // Also after a reload paused at the end, whose "playing" event may come late.
            requestExactStill();
            listener.changed();
        }

        @Override
        public void stopped(MediaPlayer mediaPlayer) {
            playing = false;
            listener.changed();
        }

        @Override
        public void finished(MediaPlayer mediaPlayer) {
            playing = false;
            Path finishedClip = clip;
            if (looping && finishedClip != null) {
                // Stopped and loaded afresh on the control thread: VLCJ's own repeat (play() right
                // after the end) now and then does nothing.
                control.post(() -> {
                    mediaPlayer.controls().stop();
                    mediaPlayer.media().play(finishedClip.toAbsolutePath().toString());
                });
            } else {
                ended = true;
            }
            timeMillis = lengthMillis;
            listener.changed();
        }

        @Override
        public void timeChanged(MediaPlayer mediaPlayer, long newTime) {
            // While paused the position is the one our seeks and steps set; libVLC's late reports
            // (rounded, or from before the step) would move it off the frame on screen.
            if (!playing || mediaPlayer.status().state() != State.PLAYING) {
                return;
            }
            timeMillis = newTime;
            listener.changed();
        }

        @Override
        public void lengthChanged(MediaPlayer mediaPlayer, long newLength) {
            if (newLength > 0) {
                lengthMillis = newLength;
                listener.changed();
            }
        }

        @Override
        public void error(MediaPlayer mediaPlayer) {
            playing = false;
            listener.failed(clip);
        }
    }
}
