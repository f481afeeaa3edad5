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
package org.sorastudio.storyboard.ui;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import org.sorastudio.media.frames.FrameExtractionException;
import org.sorastudio.media.frames.FrameGrabber;

/**
 * Small pictures of clips at a given time, for the in and out points. Grabbed with ffmpeg off the
 * EDT and cached by file and millisecond, so dragging back over a point costs nothing.
 */
final class Thumbnails {

    static final int WIDTH = 192;

    private final FrameGrabber grabber;
    private final Executor executor;
    private final Map<String, CompletableFuture<ImageIcon>> cache = new ConcurrentHashMap<>();

    Thumbnails(FrameGrabber grabber, Executor executor) {
        this.grabber = grabber;
        this.executor = executor;
    }

    CompletableFuture<ImageIcon> at(Path file, double seconds) {
        long millis = Math.round(Math.max(0, seconds) * 1000);
        return cache.computeIfAbsent(file.toAbsolutePath().normalize() + "@" + millis,
                key -> CompletableFuture.supplyAsync(() -> grab(file, millis / 1000.0), executor));
    }

    private ImageIcon grab(Path file, double seconds) {
        Path png = null;
        try {
            png = Files.createTempFile("sorastudio-thumbnail", ".png");
            grabber.grab(file, seconds, png);
            BufferedImage frame = ImageIO.read(png.toFile());
            int height = Math.max(1, frame.getHeight() * WIDTH / frame.getWidth());
            return new ImageIcon(frame.getScaledInstance(WIDTH, height, Image.SCALE_SMOOTH));
        } catch (FrameExtractionException | IOException e) {
            throw new CompletionException(e);
        } finally {
            if (png != null) {
                try {
                    Files.deleteIfExists(png);
                } catch (IOException ignored) {
                    // A temporary file: the system cleans it up.
                }
            }
        }
    }
}
