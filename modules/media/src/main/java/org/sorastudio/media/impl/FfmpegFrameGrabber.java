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

    private static final double END_STRETCH_SECONDS = 1;

    private final FfmpegTools tools = new FfmpegTools();

    @Override
    public void grab(Path video, double seconds, Path png) throws FrameExtractionException {
        if (!Double.isFinite(seconds) || seconds < 0) {
            throw new FrameExtractionException(video + ": cannot grab a frame at " + Seconds.text(seconds)
                    + " (the time must be zero or more)");
        }
        MediaInfo info = probe(video);
        String what = "frame at " + Seconds.text(seconds) + " of " + video.getFileName();
        if (PngOutput.write(tools.ffmpeg(new ProcessKiller()).addInput(from(video, seconds)), png, false, what)) {
            return;
        }
        // An accurate seek at or past the last frame decodes nothing (the container's duration may
        // also include audio beyond the last picture): decode the final stretch, keep its last frame.
        double stretchStart = Math.max(0, Math.min(seconds, info.durationSeconds()) - END_STRETCH_SECONDS);
        if (!PngOutput.write(tools.ffmpeg(new ProcessKiller()).addInput(from(video, stretchStart)), png, true, what)) {
            throw new FrameExtractionException(video + ": ffmpeg decoded no frame near " + Seconds.text(seconds));
        }
    }

    private static UrlInput from(Path video, double seconds) {
        return UrlInput.fromPath(video).setPosition(Math.round(seconds * 1000), TimeUnit.MILLISECONDS);
    }

    static MediaInfo probe(Path video) throws FrameExtractionException {
        try {
            return Lookup.getDefault().lookup(MediaProbe.class).probe(video);
        } catch (MediaProbeException e) {
            throw new FrameExtractionException(e.getMessage());
        }
    }
}
