package org.sorastudio.media.impl;

import com.github.kokorin.jaffree.ffmpeg.UrlInput;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.media.frames.FrameExtractionException;
import org.sorastudio.media.frames.FrameGrabber;
import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.media.probe.MediaProbe;
import org.sorastudio.media.probe.MediaProbeException;

/** {@link FrameGrabber} through ffmpeg: an accurate input seek, then one frame encoded as PNG. */
@ServiceProvider(service = FrameGrabber.class)
public final class FfmpegFrameGrabber implements FrameGrabber {

    private final FfmpegTools tools = new FfmpegTools();

    @Override
    public void grab(Path video, double seconds, Path png) throws FrameExtractionException {
        if (!Double.isFinite(seconds) || seconds < 0) {
            throw new FrameExtractionException(video + ": cannot grab a frame at " + Seconds.text(seconds)
                    + " (the time must be zero or more)");
        }
        MediaInfo info = probe(video);
        // The last frame starts one frame before the end; seeking later decodes nothing.
        double time = Math.max(0, Math.min(seconds, info.durationSeconds() - info.frameRate().frameSeconds()));
        PngOutput.write(tools.ffmpeg(new ProcessKiller())
                        .addInput(UrlInput.fromPath(video).setPosition(Math.round(time * 1000), TimeUnit.MILLISECONDS)),
                png, "frame at " + Seconds.text(seconds) + " of " + video.getFileName());
    }

    static MediaInfo probe(Path video) throws FrameExtractionException {
        try {
            return Lookup.getDefault().lookup(MediaProbe.class).probe(video);
        } catch (MediaProbeException e) {
            throw new FrameExtractionException(e.getMessage());
        }
    }
}
