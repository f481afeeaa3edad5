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

import com.github.kokorin.jaffree.ffmpeg.FFmpeg;
import com.github.kokorin.jaffree.ffmpeg.UrlInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.media.frames.ContactSheet;
import org.sorastudio.media.frames.ContactSheetLayout;
import org.sorastudio.media.frames.ContactSheetRenderer;
import org.sorastudio.media.frames.FrameExtractionException;
import org.sorastudio.media.probe.MediaInfo;

/**
 * {@link ContactSheetRenderer} in one ffmpeg run: the video is opened once per thumbnail with a
 * seek to its time (so a long video is not decoded end to end), each first frame is scaled and
 * stamped with its time, and {@code tile} lays them out.
 */
@ServiceProvider(service = ContactSheetRenderer.class)
public final class FfmpegContactSheetRenderer implements ContactSheetRenderer {

    private static final String BACKGROUND = "0x202020";

    private final FfmpegTools tools = new FfmpegTools();

    @Override
    public ContactSheet render(Path video, ContactSheetLayout layout, Path png) throws FrameExtractionException {
        MediaInfo info = FfmpegFrameGrabber.probe(video);
        int thumbWidth = layout.thumbnailWidth();
        int thumbHeight = thumbnailHeight(info, thumbWidth);
        List<Double> times = times(info, layout.count());

        FFmpeg ffmpeg = tools.ffmpeg(new ProcessKiller());
        StringBuilder graph = new StringBuilder();
        for (int i = 0; i < times.size(); i++) {
            // One decoding thread per input: many inputs would otherwise start threads per core each.
            ffmpeg.addInput(UrlInput.fromPath(video).addArguments("-threads", "1")
                    .setPosition(Math.round(times.get(i) * 1000), TimeUnit.MILLISECONDS));
            graph.append('[').append(i).append(":v:0]trim=end_frame=1,setpts=PTS-STARTPTS")
                    .append(",scale=").append(thumbWidth).append(':').append(thumbHeight).append(",setsar=1")
                    .append(",drawtext=").append(TitleFont.drawtextOption())
                    .append("expansion=none:text=").append(FilterEscaping.optionValue(Seconds.clock(times.get(i))))
                    .append(":fontsize=").append(Math.max(10, thumbHeight / 9))
                    .append(":fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=3:x=6:y=h-text_h-6")
                    .append("[t").append(i).append("];\n");
        }
        for (int i = 0; i < times.size(); i++) {
            graph.append("[t").append(i).append(']');
        }
        int spacing = ContactSheetLayout.SPACING;
        graph.append("concat=n=").append(times.size()).append(":v=1:a=0")
                .append(",tile=").append(layout.usedColumns()).append('x').append(layout.rows())
                .append(":margin=").append(spacing).append(":padding=").append(spacing)
                .append(":color=").append(BACKGROUND).append("[sheet]");
        ffmpeg.setComplexFilter(graph.toString()).addArguments("-map", "[sheet]");
        if (!PngOutput.write(ffmpeg, png, false, "contact sheet of " + video.getFileName())) {
            throw new FrameExtractionException(video + ": ffmpeg decoded no frames for the contact sheet");
        }

        int columns = layout.usedColumns();
        int rows = layout.rows();
        return new ContactSheet(png, columns * thumbWidth + (columns + 1) * spacing,
                rows * thumbHeight + (rows + 1) * spacing, thumbWidth, thumbHeight, times);
    }

    /** Keeps the picture's displayed shape (pixel aspect included), rounded to an even height. */
    private static int thumbnailHeight(MediaInfo info, int thumbWidth) {
        String[] sar = info.sampleAspectRatio().split(":");
        double displayWidth = info.width() * Double.parseDouble(sar[0]) / Double.parseDouble(sar[1]);
        return Math.max(2, 2 * (int) Math.round(thumbWidth * info.height() / displayWidth / 2));
    }

    /** The middle of each of {@code count} equal slices of the video. */
    private static List<Double> times(MediaInfo info, int count) {
        double lastFrame = Math.max(0, info.durationSeconds() - info.frameRate().frameSeconds());
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(Math.min(lastFrame, info.durationSeconds() * (i + 0.5) / count));
        }
        return times;
    }
}
