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

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.sorastudio.player.playback.PlaybackController;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.player.base.MediaPlayer;
import uk.co.caprica.vlcj.player.embedded.videosurface.CallbackVideoSurface;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormat;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormatCallback;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.RenderCallback;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.format.RV32BufferFormat;

/**
 * Paints the frames libVLC decodes into memory (VLCJ's callback surface), scaled to fit with black
 * bars. Software rendering needs no native window, so it works on every platform, inside any
 * Swing container and under Xvfb.
 */
final class VideoSurface extends JComponent implements PlaybackController.Picture {

    /** A plain JComponent has no accessible context: without one a screen reader cannot even name the video. */
    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.CANVAS;
                }
            };
        }
        return accessibleContext;
    }

    /** Guards {@link #frame} and {@link #pixels}: libVLC writes them on its own thread. */
    private final Object lock = new Object();
    private BufferedImage frame;
    private int[] pixels;
    /** A picture shown instead of libVLC's frames while paused, until {@link #clearStill}. */
    private BufferedImage still;
    /** The size of the picture in the file, which libVLC is asked to deliver. */
    private int pictureWidth;
    private int pictureHeight;
    private final AtomicLong framesShown = new AtomicLong();

    VideoSurface() {
        setOpaque(true);
        setBackground(Color.BLACK);
        setPreferredSize(new Dimension(640, 360));
        // the ring follows the focus
        addFocusListener(new java.awt.event.FocusListener() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                repaint();
            }

            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                repaint();
            }
        });
    }

    @Override
    public CallbackVideoSurface createFor(MediaPlayerFactory factory) {
        return factory.videoSurfaces().newVideoSurface(new Format(), new Render(), true);
    }

    /**
     * The size of the picture in the video file (ffprobe's): libVLC proposes a buffer size of its
     * own (e.g. 320x194 for 320x180) and scales into whatever size is asked, so ask for this one.
     */
    @Override
    public void setPictureSize(int width, int height) {
        synchronized (lock) {
            pictureWidth = width;
            pictureHeight = height;
        }
    }

    /** Shows {@code image} instead of libVLC's frames, e.g. the exact frame while paused. Any thread. */
    @Override
    public void showStill(BufferedImage image) {
        synchronized (lock) {
            still = image;
        }
        SwingUtilities.invokeLater(this::repaint);
    }

    /** Back to libVLC's frames. Any thread. */
    @Override
    public void clearStill() {
        synchronized (lock) {
            still = null;
        }
        SwingUtilities.invokeLater(this::repaint);
    }

    /** A copy of the picture on screen at its own size, or {@code null} before the first frame. */
    BufferedImage snapshot() {
        synchronized (lock) {
            BufferedImage shown = shown();
            if (shown == null) {
                return null;
            }
            BufferedImage copy = new BufferedImage(shown.getWidth(), shown.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = copy.createGraphics();
            g.drawImage(shown, 0, 0, null);
            g.dispose();
            return copy;
        }
    }

    /** Guarded by {@link #lock}. */
    private BufferedImage shown() {
        return still != null ? still : frame;
    }

    /** How many frames libVLC has handed over since this surface was made. */
    long framesShown() {
        return framesShown.get();
    }

    void clear() {
        synchronized (lock) {
            frame = null;
            pixels = null;
            still = null;
        }
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        synchronized (lock) {
            BufferedImage picture = shown();
            if (picture == null) {
                return;
            }
            double scale = Math.min((double) getWidth() / picture.getWidth(), (double) getHeight() / picture.getHeight());
            int width = (int) Math.round(picture.getWidth() * scale);
            int height = (int) Math.round(picture.getHeight() * scale);
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(picture, (getWidth() - width) / 2, (getHeight() - height) / 2, width, height, null);
            g2.dispose();
        }
    }


    /** The focus ring a keyboard user sees on this custom-painted component: the look and feel's focus colour, 2 px. */
    @Override
    protected void paintBorder(Graphics g) {
        super.paintBorder(g);
        if (isFocusOwner()) {
            Color focus = UIManager.getColor("Component.focusColor");
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setColor(focus != null ? focus : UIManager.getColor("Focus.color"));
            g2.setStroke(new java.awt.BasicStroke(2f));
            g2.drawRect(1, 1, getWidth() - 2, getHeight() - 2);
            g2.dispose();
        }
    }

    private final class Format implements BufferFormatCallback {
        @Override
        public BufferFormat getBufferFormat(int sourceWidth, int sourceHeight) {
            synchronized (lock) {
                int width = pictureWidth > 0 ? pictureWidth : sourceWidth;
                int height = pictureHeight > 0 ? pictureHeight : sourceHeight;
                frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                pixels = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
                return new RV32BufferFormat(width, height);
            }
        }

        @Override
        public void allocatedBuffers(ByteBuffer[] buffers) {
            // The frame is copied out of libVLC's buffer in display(): nothing to bind here.
        }
    }

    private final class Render implements RenderCallback {
        @Override
        public void display(MediaPlayer player, ByteBuffer[] buffers, BufferFormat format) {
            synchronized (lock) {
                if (pixels == null) {
                    return;
                }
                // RV32 is B,G,R,X in memory: read as native-order ints that is exactly 0xXXRRGGBB.
                buffers[0].asIntBuffer().get(pixels, 0, Math.min(pixels.length, buffers[0].capacity() / 4));
            }
            framesShown.incrementAndGet();
            SwingUtilities.invokeLater(VideoSurface.this::repaint);
        }
    }
}
