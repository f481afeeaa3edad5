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
package org.sorastudio.media.impl;

import com.github.kokorin.jaffree.JaffreeException;
import com.github.kokorin.jaffree.ffmpeg.FFmpeg;
import com.github.kokorin.jaffree.ffmpeg.UrlOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.media.frames.FrameExtractionException;

/** Runs ffmpeg to write one picture as a PNG that appears at its path only when complete. */
final class PngOutput {

    private static final Logger LOG = Logger.getLogger(PngOutput.class.getName());

    private PngOutput() {
    }

    /**
     * @param lastFrame {@code false}: the first frame ffmpeg produces is the picture; {@code true}:
     *                  every frame overwrites the PNG and the last one stays
     * @param what      names the picture in messages, e.g. {@code frame at 1.50 s of clip.mp4}
     * @return {@code false} when ffmpeg decoded no frame at all (e.g. a seek past the last one)
     */
    static boolean write(FFmpeg ffmpeg, Path png, boolean lastFrame, String what) throws FrameExtractionException {
        Path partial;
        try {
            partial = PartialFile.besides(png);
        } catch (IOException e) {
            throw new FrameExtractionException("Cannot write " + png + ": " + e.getMessage());
        }
        try {
            UrlOutput output = UrlOutput.toPath(partial).setFormat("image2").setCodec("v", "png")
                    .addArguments("-update", "1");
            if (!lastFrame) {
                output.addArguments("-frames:v", "1");
            }
            ffmpeg.addOutput(output)
                    .setOverwriteOutput(true)
                    // Without a listener Jaffree logs a warning on every run; a still needs no progress.
                    .setProgressListener(progress -> { })
                    .execute();
            if (Files.size(partial) == 0) {
                return false;
            }
            PartialFile.moveIntoPlace(partial, png);
            return true;
        } catch (JaffreeException e) {
            throw new FrameExtractionException("ffmpeg could not make the " + what + ": "
                    + FfmpegTools.describeFailure(e));
        } catch (IOException e) {
            throw new FrameExtractionException("Cannot write " + png + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // The rename or the failure above is what the caller needs to hear about.
                LOG.log(Level.WARNING, "Could not delete {0}: {1}", new Object[] {partial, e.getMessage()});
            }
        }
    }
}
