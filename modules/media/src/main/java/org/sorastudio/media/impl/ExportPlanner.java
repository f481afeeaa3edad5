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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sorastudio.media.export.ExportMethod;
import org.sorastudio.media.export.ExportPlan;
import org.sorastudio.media.export.InvalidStoryboardException;
import org.sorastudio.media.export.PlannedItem;
import org.sorastudio.media.probe.MediaInfo;
import org.sorastudio.media.probe.MediaProbe;
import org.sorastudio.media.probe.MediaProbeException;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.OutputFormat;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.media.storyboard.StoryboardItem;
import org.sorastudio.media.storyboard.TitleCard;

/**
 * Checks a storyboard against its files, lays its items out on the output timeline and decides
 * whether the clips can be stream-copied or must go through the filter graph.
 */
final class ExportPlanner {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** Codecs that the MP4 muxer takes as they are from the concat demuxer. */
    private static final Set<String> COPYABLE_VIDEO = Set.of("h264", "hevc");
    private static final Set<String> COPYABLE_AUDIO = Set.of("aac");

    private final MediaProbe probe;

    ExportPlanner(MediaProbe probe) {
        this.probe = Objects.requireNonNull(probe, "no MediaProbe registered in Lookup");
    }

    ExportPlan plan(Storyboard storyboard) throws InvalidStoryboardException {
        List<StoryboardItem> items = storyboard.items();
        if (items.isEmpty()) {
            throw new InvalidStoryboardException(-1, "The storyboard is empty: add a clip or a title card to export");
        }
        checkOutput(storyboard.output());
        List<MediaInfo> media = new ArrayList<>();
        List<Double> durations = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            StoryboardItem item = items.get(i);
            if (item instanceof ClipItem clip) {
                MediaInfo info = probe(i, clip);
                media.add(info);
                durations.add(trimmedDuration(i, clip, info));
            } else if (item instanceof TitleCard title) {
                checkTitle(i, title);
                media.add(null);
                durations.add(title.durationSeconds());
            }
        }
        List<Double> crossfades = crossfades(items, durations);
        List<PlannedItem> planned = new ArrayList<>();
        double end = 0;
        for (int i = 0; i < items.size(); i++) {
            double start = end - crossfades.get(i);
            planned.add(new PlannedItem(items.get(i), media.get(i), start, durations.get(i)));
            end = start + durations.get(i);
        }
        Optional<String> copyObstacle = streamCopyObstacle(storyboard, media, crossfades);
        return copyObstacle
                .map(reason -> new ExportPlan(storyboard, planned, ExportMethod.FILTER_GRAPH, reason,
                        timelineEnd(planned)))
                .orElseGet(() -> new ExportPlan(storyboard, planned, ExportMethod.STREAM_COPY,
                        "no trims, transitions or titles, and all clips share codec parameters", timelineEnd(planned)));
    }

    static String name(int index, StoryboardItem item) {
        return "Item " + (index + 1) + " (" + item.displayName() + ")";
    }

    private static double timelineEnd(List<PlannedItem> planned) {
        PlannedItem last = planned.get(planned.size() - 1);
        return last.startSeconds() + last.durationSeconds();
    }

    private static void checkOutput(OutputFormat output) throws InvalidStoryboardException {
        if (output.width() <= 0 || output.height() <= 0 || output.width() % 2 != 0 || output.height() % 2 != 0) {
            throw new InvalidStoryboardException(-1, "Output size " + output.width() + "x" + output.height()
                    + ": width and height must be positive even numbers (H.264 needs them even)");
        }
    }

    private MediaInfo probe(int index, ClipItem clip) throws InvalidStoryboardException {
        try {
            return probe.probe(clip.file());
        } catch (MediaProbeException e) {
            throw new InvalidStoryboardException(index, name(index, clip) + ": " + e.problem() + ": " + clip.file());
        }
    }

    private static double trimmedDuration(int index, ClipItem clip, MediaInfo info) throws InvalidStoryboardException {
        String who = name(index, clip);
        double length = info.durationSeconds();
        double in = clip.inSeconds();
        if (!Double.isFinite(in) || in < 0) {
            throw new InvalidStoryboardException(index, who + ": in point " + Seconds.text(in) + " is negative");
        }
        if (in >= length) {
            throw new InvalidStoryboardException(index, who + ": in point " + Seconds.text(in)
                    + " is at or after the end of the clip (" + Seconds.text(length) + ")");
        }
        if (clip.outSeconds() == null) {
            return length - in;
        }
        double out = clip.outSeconds();
        if (!Double.isFinite(out) || out <= in) {
            throw new InvalidStoryboardException(index, who + ": out point " + Seconds.text(out)
                    + " is not after in point " + Seconds.text(in) + " (" + (out == in ? "zero-length" : "inverted")
                    + " trim)");
        }
        // ffprobe's duration and the editor's slider may disagree by a frame at the end.
        if (out > length + info.frameRate().frameSeconds()) {
            throw new InvalidStoryboardException(index, who + ": out point " + Seconds.text(out)
                    + " is past the end of the clip (" + Seconds.text(length) + ")");
        }
        return Math.min(out, length) - in;
    }

    private static void checkTitle(int index, TitleCard title) throws InvalidStoryboardException {
        String who = name(index, title);
        if (title.text().isBlank()) {
            throw new InvalidStoryboardException(index, "Item " + (index + 1) + " (title card): the text is empty");
        }
        if (!Double.isFinite(title.durationSeconds()) || title.durationSeconds() <= 0) {
            throw new InvalidStoryboardException(index, who + ": duration " + Seconds.text(title.durationSeconds())
                    + " must be more than zero");
        }
        if (title.fontSize() <= 0) {
            throw new InvalidStoryboardException(index, who + ": font size " + title.fontSize() + " must be positive");
        }
        if (!COLOUR.matcher(title.foreground()).matches()) {
            throw new InvalidStoryboardException(index, who + ": text colour \"" + title.foreground()
                    + "\" is not #RRGGBB");
        }
        if (!COLOUR.matcher(title.background()).matches()) {
            throw new InvalidStoryboardException(index, who + ": background colour \"" + title.background()
                    + "\" is not #RRGGBB");
        }
    }

    /** The crossfade into each item ({@code 0} for the first), checked against the items' lengths. */
    private static List<Double> crossfades(List<StoryboardItem> items, List<Double> durations)
            throws InvalidStoryboardException {
        List<Double> fades = new ArrayList<>();
        fades.add(0.0);
        for (int i = 1; i < items.size(); i++) {
            double fade = items.get(i).crossfadeSeconds();
            String who = name(i, items.get(i));
            if (!Double.isFinite(fade) || fade < 0) {
                throw new InvalidStoryboardException(i, who + ": crossfade " + Seconds.text(fade) + " is negative");
            }
            if (fade > durations.get(i) || fade + fades.get(i - 1) > durations.get(i - 1)) {
                throw new InvalidStoryboardException(i, who + ": crossfade of " + Seconds.text(fade)
                        + " is longer than " + (fade > durations.get(i) ? "the item itself ("
                        + Seconds.text(durations.get(i)) + ")" : "what is left of the previous item after its own"
                        + " crossfade (" + Seconds.text(durations.get(i - 1) - fades.get(i - 1)) + ")"));
            }
            fades.add(fade);
        }
        return fades;
    }

    /** Why the clips cannot simply be concatenated, or empty when they can. */
    private static Optional<String> streamCopyObstacle(Storyboard storyboard, List<MediaInfo> media,
            List<Double> crossfades) {
        List<StoryboardItem> items = storyboard.items();
        MediaInfo first = null;
        for (int i = 0; i < items.size(); i++) {
            String who = name(i, items.get(i));
            if (!(items.get(i) instanceof ClipItem clip)) {
                return Optional.of(who + " is a title card, which is rendered");
            }
            if (crossfades.get(i) > 0) {
                return Optional.of(who + " has a crossfade, which is rendered");
            }
            MediaInfo info = media.get(i);
            if (isTrimmed(clip, info)) {
                return Optional.of(who + " is trimmed");
            }
            if (!COPYABLE_VIDEO.contains(info.videoCodec())) {
                return Optional.of(who + " is " + info.videoCodec() + ", which is re-encoded to H.264");
            }
            if (!info.hasAudio()) {
                return Optional.of(who + " has no audio track, so silence is added");
            }
            if (!COPYABLE_AUDIO.contains(info.audio().codec())) {
                return Optional.of(who + " has " + info.audio().codec() + " audio, which is re-encoded to AAC");
            }
            if (first == null) {
                first = info;
                OutputFormat output = storyboard.output();
                if (output.width() != info.width() || output.height() != info.height()
                        || !output.frameRate().equals(info.frameRate()) || !"1:1".equals(info.sampleAspectRatio())) {
                    return Optional.of("the output format " + output + " differs from the clips' " + describe(info));
                }
            } else if (!describe(info).equals(describe(first))) {
                return Optional.of(who + " (" + describe(info) + ") differs from item 1 (" + describe(first) + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean isTrimmed(ClipItem clip, MediaInfo info) {
        double tolerance = info.frameRate().frameSeconds() / 2;
        return clip.inSeconds() > tolerance
                || clip.outSeconds() != null && clip.outSeconds() < info.durationSeconds() - tolerance;
    }

    /** The parameters two clips must share to be concatenated without re-encoding. */
    private static String describe(MediaInfo info) {
        return info.videoCodec() + " " + info.width() + "x" + info.height() + " SAR " + info.sampleAspectRatio()
                + " @ " + info.frameRate() + " fps " + info.pixelFormat() + ", " + info.audio().codec() + " "
                + info.audio().sampleRate() + " Hz " + info.audio().channels() + " ch";
    }
}
