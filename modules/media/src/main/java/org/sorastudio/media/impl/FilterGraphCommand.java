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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sorastudio.media.export.ExportPlan;
import org.sorastudio.media.export.ExportQuality;
import org.sorastudio.media.export.PlannedItem;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.OutputFormat;
import org.sorastudio.media.storyboard.TitleCard;

/**
 * Renders the whole storyboard in one {@code -filter_complex}: every item becomes a video and an
 * audio stream of exactly its planned length in the output's size, square pixels, frame rate,
 * pixel format and audio layout; consecutive items are then joined by {@code xfade}/{@code
 * acrossfade} or, for hard cuts, {@code concat}.
 */
final class FilterGraphCommand implements ExportCommand {

    static final int SAMPLE_RATE = 48_000;
    private static final String AUDIO_FORMAT = "aformat=sample_fmts=fltp:sample_rates=" + SAMPLE_RATE
            + ":channel_layouts=stereo";

    private final ExportPlan plan;
    private final ExportQuality quality;
    private final List<PlannedItem> clipInputs = new ArrayList<>();
    private final String graph;

    FilterGraphCommand(ExportPlan plan, ExportQuality quality) {
        this.plan = plan;
        this.quality = quality;
        StringBuilder out = new StringBuilder();
        List<PlannedItem> items = plan.items();
        for (int i = 0; i < items.size(); i++) {
            PlannedItem item = items.get(i);
            if (item.item() instanceof ClipItem) {
                clipStreams(out, clipInputs.size(), item, i);
                clipInputs.add(item);
            } else {
                titleStreams(out, (TitleCard) item.item(), item.durationSeconds(), i);
            }
        }
        join(out, items);
        graph = out.toString();
    }

    String graph() {
        return graph;
    }

    @Override
    public FFmpeg configure(FFmpeg ffmpeg) {
        for (PlannedItem clip : clipInputs) {
            ClipItem item = (ClipItem) clip.item();
            // Seeking as an input option is frame-accurate when decoding and skips the rest quickly.
            ffmpeg.addInput(UrlInput.fromPath(item.file())
                    .setPosition(Math.round(item.inSeconds() * 1000), TimeUnit.MILLISECONDS)
                    .setDuration(Math.round(clip.durationSeconds() * 1000), TimeUnit.MILLISECONDS));
        }
        return ffmpeg.setComplexFilter(graph)
                .addArguments("-map", "[vout]")
                .addArguments("-map", "[aout]")
                .addArguments("-c:v", "libx264")
                .addArguments("-preset", quality.preset())
                .addArguments("-crf", Integer.toString(quality.crf()))
                .addArguments("-pix_fmt", "yuv420p")
                .addArguments("-c:a", "aac")
                .addArguments("-b:a", quality.audioBitrate())
                .addArguments("-movflags", "+faststart");
    }

    @Override
    public void close() {
        // Nothing written besides the output.
    }

    /**
     * xfade needs both inputs on one time base, and concat's output is on AV_TIME_BASE: every item
     * ends on that base, so a crossfade after a hard cut (or after a title card) joins cleanly.
     */
    private static final String COMMON_TIME_BASE = ",settb=AVTB";

    private void clipStreams(StringBuilder out, int input, PlannedItem item, int index) {
        OutputFormat format = plan.storyboard().output();
        String d = Seconds.arg(item.durationSeconds());
        out.append('[').append(input).append(":v:0]setpts=PTS-STARTPTS,fps=").append(format.frameRate())
                // Square pixels first, then fit inside the output and pad to it.
                .append(",scale=trunc(iw*sar/2)*2:ih,setsar=1")
                .append(",scale=").append(format.width()).append(':').append(format.height())
                .append(":force_original_aspect_ratio=decrease")
                .append(",pad=").append(format.width()).append(':').append(format.height())
                .append(":(ow-iw)/2:(oh-ih)/2:color=black,setsar=1,format=yuv420p")
                // Exactly the planned length, even when the video stream ends a little early.
                .append(",tpad=stop_mode=clone:stop_duration=").append(d)
                .append(",trim=duration=").append(d).append(",setpts=PTS-STARTPTS").append(COMMON_TIME_BASE)
                .append("[v").append(index).append("];\n");
        if (item.media().hasAudio()) {
            out.append('[').append(input).append(":a:0]asetpts=PTS-STARTPTS,aresample=").append(SAMPLE_RATE)
                    .append(',').append(AUDIO_FORMAT).append(",apad,atrim=duration=").append(d)
                    .append("[a").append(index).append("];\n");
        } else {
            silence(out, d, index);
        }
    }

    private void titleStreams(StringBuilder out, TitleCard title, double duration, int index) {
        OutputFormat format = plan.storyboard().output();
        String d = Seconds.arg(duration);
        out.append("color=c=").append(ffmpegColour(title.background()))
                .append(":s=").append(format.width()).append('x').append(format.height())
                .append(":r=").append(format.frameRate()).append(":d=").append(d)
                .append(drawText(title, format))
                .append(",setsar=1,format=yuv420p,trim=duration=").append(d).append(COMMON_TIME_BASE)
                .append("[v").append(index).append("];\n");
        silence(out, d, index);
    }

    /**
     * One drawtext per line, centred; {@code y} subtracts the line's own ascent
     * ({@code max_glyph_a}) so every baseline sits where the layout put it.
     */
    private static String drawText(TitleCard title, OutputFormat format) {
        TitleLayout layout = TitleLayout.fit(title.text(), title.fontSize(), format.width(), format.height());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < layout.lines().size(); i++) {
            out.append(",drawtext=").append(TitleFont.drawtextOption())
                    .append("expansion=none:text=").append(FilterEscaping.optionValue(layout.lines().get(i)))
                    .append(":fontsize=").append(layout.fontSize())
                    .append(":fontcolor=").append(ffmpegColour(title.foreground()))
                    .append(":x=(w-text_w)/2:y=").append(layout.firstBaseline() + i * layout.lineHeight())
                    .append("-max_glyph_a");
        }
        return out.toString();
    }

    private static void silence(StringBuilder out, String duration, int index) {
        out.append("anullsrc=channel_layout=stereo:sample_rate=").append(SAMPLE_RATE)
                .append(",atrim=duration=").append(duration).append(',').append(AUDIO_FORMAT)
                .append("[a").append(index).append("];\n");
    }

    /** Chains the items pairwise; {@code [vout]}/{@code [aout]} are the finished streams. */
    private static void join(StringBuilder out, List<PlannedItem> items) {
        String video = "[v0]";
        String audio = "[a0]";
        for (int i = 1; i < items.size(); i++) {
            PlannedItem item = items.get(i);
            String nextVideo = i == items.size() - 1 ? "[vout]" : "[vj" + i + "]";
            String nextAudio = i == items.size() - 1 ? "[aout]" : "[aj" + i + "]";
            double fade = item.item().crossfadeSeconds();
            if (fade > 0) {
                out.append(video).append("[v").append(i).append("]xfade=transition=fade:duration=")
                        .append(Seconds.arg(fade)).append(":offset=").append(Seconds.arg(item.startSeconds()))
                        .append(nextVideo).append(";\n");
                out.append(audio).append("[a").append(i).append("]acrossfade=d=").append(Seconds.arg(fade))
                        .append(":c1=tri:c2=tri").append(nextAudio).append(";\n");
            } else {
                out.append(video).append(audio).append("[v").append(i).append("][a").append(i)
                        .append("]concat=n=2:v=1:a=1").append(nextVideo).append(nextAudio).append(";\n");
            }
            video = nextVideo;
            audio = nextAudio;
        }
        if (items.size() == 1) {
            out.append("[v0]null[vout];\n[a0]anull[aout];\n");
        }
        out.setLength(out.length() - 2);
    }

    private static String ffmpegColour(String hash) {
        return "0x" + hash.substring(1);
    }
}
