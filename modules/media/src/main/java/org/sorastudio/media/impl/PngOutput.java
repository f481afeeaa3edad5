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

/** Runs an ffmpeg whose first video frame is the picture, writing it as a PNG that appears only when complete. */
final class PngOutput {

    private static final Logger LOG = Logger.getLogger(PngOutput.class.getName());

    private PngOutput() {
    }

    /** @param what names the picture in messages, e.g. {@code frame at 1.50 s of clip.mp4} */
    static void write(FFmpeg ffmpeg, Path png, String what) throws FrameExtractionException {
        Path partial;
        try {
            partial = PartialFile.besides(png);
        } catch (IOException e) {
            throw new FrameExtractionException("Cannot write " + png + ": " + e.getMessage());
        }
        try {
            ffmpeg.addOutput(UrlOutput.toPath(partial).setFormat("image2").setCodec("v", "png")
                            .addArguments("-frames:v", "1")
                            .addArguments("-update", "1"))
                    .setOverwriteOutput(true)
                    .execute();
            if (Files.size(partial) == 0) {
                throw new FrameExtractionException("No picture for the " + what + ": ffmpeg decoded no frame there");
            }
            PartialFile.moveIntoPlace(partial, png);
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
