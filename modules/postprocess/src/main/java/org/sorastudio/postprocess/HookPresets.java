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
package org.sorastudio.postprocess;

import java.util.List;
import org.sorastudio.core.model.HookStep;

/**
 * The ready-made steps the Options page offers, all through the ffmpeg the studio already uses ({@code {ffmpeg}}).
 * Each writes a new file beside the clip, named after it, and never touches the clip itself.
 */
public final class HookPresets {

    /** A 480 px wide, 12 fps GIF with its own palette: {@code STEM.gif}. */
    public static final HookStep GIF = step("Make GIF", 120, "-i", "{clip}", "-vf",
            "fps=12,scale=480:-2:flags=lanczos,split[a][b];[a]palettegen[p];[b][p]paletteuse", "-loop", "0", "{dir}/{stem}.gif");

    /** H.264 (yuv420p, faststart) + AAC, what every browser plays: {@code STEM.web.mp4}. */
    public static final HookStep WEB_COPY = step("Web-friendly copy (H.264/AAC)", 300, "-i", "{clip}", "-c:v", "libx264",
            "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k",
            "-movflags", "+faststart", "{dir}/{stem}.web.mp4");

    /** Loudness to -16 LUFS (EBU R128, one pass), the picture copied: {@code STEM.loudnorm.mp4}. */
    public static final HookStep LOUDNESS = step("Normalise loudness", 300, "-i", "{clip}", "-af",
            "loudnorm=I=-16:TP=-1.5:LRA=11", "-c:v", "copy", "-c:a", "aac", "-b:a", "192k", "-ar", "48000",
            "{dir}/{stem}.loudnorm.mp4");

    /** The short side scaled to 1080 (landscape 1920x1080, portrait 1080x1920), audio copied: {@code STEM.1080p.mp4}. */
    public static final HookStep SCALE_1080P = step("Scale to 1080p", 600, "-i", "{clip}", "-vf",
            "scale='if(gte(iw,ih),-2,1080)':'if(gte(iw,ih),1080,-2)':flags=lanczos", "-c:v", "libx264", "-preset", "veryfast",
            "-crf", "20", "-pix_fmt", "yuv420p", "-c:a", "copy", "{dir}/{stem}.1080p.mp4");

    /** The last frame as a PNG, the reference image for the next shot: {@code STEM.last.png}. */
    public static final HookStep LAST_FRAME = step("Extract last frame", 60, "-sseof", "-1", "-i", "{clip}", "-an",
            "-update", "1", "{dir}/{stem}.last.png");

    /** All of them, in the order the Options page offers them. */
    public static final List<HookStep> ALL = List.of(GIF, WEB_COPY, LOUDNESS, SCALE_1080P, LAST_FRAME);

    private HookPresets() {
    }

    /** ffmpeg quietly (errors only, so the captured output is the reason), overwriting an earlier run's file. */
    private static HookStep step(String name, int timeoutSeconds, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("{ffmpeg}", "-hide_banner", "-nostdin", "-v", "error", "-y"));
        command.addAll(List.of(arguments));
        return new HookStep(name, command, timeoutSeconds, true);
    }
}
