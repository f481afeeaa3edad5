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
package org.sorastudio.media.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.media.TestMedia;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.OutputFormat;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.media.storyboard.TitleCard;

/** Real exports of real clips, checked with ffprobe. */
class StoryboardExportTest {

    @TempDir
    static Path clips;

    static Path toneA;
    static Path toneB;
    static Path silent4x3;

    @TempDir
    Path out;

    private final StoryboardExporter exporter = Lookup.getDefault().lookup(StoryboardExporter.class);

    @BeforeAll
    static void makeClips() throws Exception {
        toneA = TestMedia.clip(clips, "tone-a.mp4", 320, 180, 30, 2, true);
        toneB = TestMedia.clip(clips, "tone-b.mp4", 320, 180, 30, 2, true);
        silent4x3 = TestMedia.clip(clips, "silent-4x3.mp4", 320, 240, 25, 1.5, false);
    }

    @Test
    void filterGraphTrimsCrossfadesAndTitlesToTheAskedFormat() throws Exception {
        Storyboard storyboard = new Storyboard(List.of(
                ClipItem.of(toneA).withTrim(0.2, 1.8),
                TitleCard.of("Chapter: \"one\" — it's [50%], done; ok\\", 1.0).withCrossfadeSeconds(0.4),
                ClipItem.of(silent4x3).withLabel("no sound").withCrossfadeSeconds(0.5),
                ClipItem.of(toneB)),
                new OutputFormat(640, 360, FrameRate.of(25)));
        List<ExportProgress> progress = new CopyOnWriteArrayList<>();
        Path target = out.resolve("film.mp4");

        ExportResult result = exporter.export(storyboard, target, progress::add);

        double expected = 1.6 + 1.0 + duration(silent4x3) + duration(toneB) - 0.4 - 0.5;
        assertThat(result.method()).isEqualTo(ExportMethod.FILTER_GRAPH);
        assertThat(result.file()).isEqualTo(target.toAbsolutePath());
        assertThat(result.durationSeconds()).isCloseTo(expected, within(1e-9));
        JsonObject probe = TestMedia.ffprobe(target);
        double frame = 1.0 / 25;
        assertThat(TestMedia.formatDuration(probe)).isCloseTo(expected, within(frame));
        JsonObject video = TestMedia.stream(probe, "video").orElseThrow();
        assertThat(video.get("width").getAsInt()).isEqualTo(640);
        assertThat(video.get("height").getAsInt()).isEqualTo(360);
        assertThat(video.get("r_frame_rate").getAsString()).isEqualTo("25/1");
        assertThat(video.get("duration").getAsDouble()).isCloseTo(expected, within(frame));
        JsonObject audio = TestMedia.stream(probe, "audio").orElseThrow();
        assertThat(audio.get("duration").getAsDouble()).isCloseTo(expected, within(frame));
        assertThat(audio.get("start_time").getAsDouble()).isCloseTo(0, within(frame));
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).fraction()).isEqualTo(1.0);
        assertThat(progress).allSatisfy(p -> assertThat(p.fraction()).isBetween(0.0, 1.0));
        assertThat(TestMedia.partialFiles(out)).isEmpty();
    }

    @Test
    void aPreviewIsTheSameCutAtLowResolutionAndIsSmaller() throws Exception {
        Storyboard storyboard = new Storyboard(List.of(
                ClipItem.of(toneA).withTrim(0.2, 1.8),
                TitleCard.of("Preview", 1.0).withCrossfadeSeconds(0.4),
                ClipItem.of(toneB).withCrossfadeSeconds(0.5)),
                new OutputFormat(1280, 720, FrameRate.of(30)));
        Storyboard preview = storyboard.withOutput(ExportQuality.PREVIEW.output(storyboard.output()));
        Path exported = exporter.export(storyboard, out.resolve("final.mp4"), ExportListener.NONE).file();

        ExportPlan plan = exporter.plan(preview);
        ExportResult result = exporter.start(plan, out.resolve("preview.mp4"), ExportListener.NONE, ExportQuality.PREVIEW).await();

        assertThat(preview.output()).isEqualTo(new OutputFormat(640, 360, FrameRate.of(30)));
        JsonObject probe = TestMedia.ffprobe(result.file());
        JsonObject video = TestMedia.stream(probe, "video").orElseThrow();
        assertThat(video.get("width").getAsInt()).isEqualTo(640);
        assertThat(video.get("height").getAsInt()).isEqualTo(360);
        assertThat(TestMedia.formatDuration(probe)).as("trims, crossfades and the title as exported")
                .isCloseTo(TestMedia.formatDuration(TestMedia.ffprobe(exported)), within(1.0 / 30));
        assertThat(TestMedia.stream(probe, "audio")).isPresent();
        assertThat(java.nio.file.Files.size(result.file())).isLessThan(java.nio.file.Files.size(exported));
        assertThat(ExportQuality.PREVIEW.output(new OutputFormat(320, 180, FrameRate.of(24))))
                .as("already small: as it is").isEqualTo(new OutputFormat(320, 180, FrameRate.of(24)));
    }

    @Test
    void aCrossfadeAfterAHardCutJoinsStreamsOfOneTimeBase() throws Exception {
        // the order a user builds in the storyboard: clip, title by a hard cut, then crossfades
        Storyboard storyboard = new Storyboard(List.of(
                ClipItem.of(toneA).withTrim(0, 1.5),
                TitleCard.of("Title", 1.0),
                ClipItem.of(toneB).withCrossfadeSeconds(0.5),
                ClipItem.of(silent4x3).withCrossfadeSeconds(0.5)),
                new OutputFormat(320, 180, FrameRate.of(24)));

        ExportResult result = exporter.export(storyboard, out.resolve("cut-then-fade.mp4"), ExportListener.NONE);

        double expected = 1.5 + 1.0 + duration(toneB) + duration(silent4x3) - 0.5 - 0.5;
        assertThat(TestMedia.formatDuration(TestMedia.ffprobe(result.file()))).isCloseTo(expected, within(1.0 / 24));
    }

    @Test
    void hardCutsOnlyStillRenderWhenClipsDiffer() throws Exception {
        Storyboard storyboard = new Storyboard(List.of(ClipItem.of(toneA), ClipItem.of(silent4x3)),
                new OutputFormat(320, 180, FrameRate.of(30)));

        ExportResult result = exporter.export(storyboard, out.resolve("cuts.mp4"), ExportListener.NONE);

        assertThat(result.method()).isEqualTo(ExportMethod.FILTER_GRAPH);
        JsonObject probe = TestMedia.ffprobe(result.file());
        double expected = duration(toneA) + duration(silent4x3);
        assertThat(TestMedia.formatDuration(probe)).isCloseTo(expected, within(1.0 / 30));
        assertThat(TestMedia.stream(probe, "audio").orElseThrow().get("duration").getAsDouble())
                .isCloseTo(expected, within(1.0 / 30));
    }

    @Test
    void identicalUntrimmedClipsAreStreamCopied() throws Exception {
        Storyboard storyboard = new Storyboard(List.of(ClipItem.of(toneA), ClipItem.of(toneB), ClipItem.of(toneA)),
                new OutputFormat(320, 180, FrameRate.of(30)));
        Path target = out.resolve("copied.mp4");

        ExportResult result = exporter.export(storyboard, target, ExportListener.NONE);

        assertThat(result.method()).isEqualTo(ExportMethod.STREAM_COPY);
        JsonObject probe = TestMedia.ffprobe(target);
        assertThat(TestMedia.formatDuration(probe)).isCloseTo(6.0, within(1.0 / 30));
        JsonObject video = TestMedia.stream(probe, "video").orElseThrow();
        assertThat(video.get("codec_name").getAsString()).isEqualTo("h264");
        assertThat(video.get("width").getAsInt()).isEqualTo(320);
        assertThat(video.get("r_frame_rate").getAsString()).isEqualTo("30/1");
        assertThat(TestMedia.stream(probe, "audio").orElseThrow().get("duration").getAsDouble())
                .isCloseTo(6.0, within(1.0 / 30));
        assertThat(TestMedia.partialFiles(out)).isEmpty();
    }

    @Test
    void anExistingTargetIsReplaced() throws Exception {
        Path target = out.resolve("film.mp4");
        Files.writeString(target, "previous export");
        Storyboard storyboard = new Storyboard(List.of(ClipItem.of(toneA)), new OutputFormat(320, 180, FrameRate.of(30)));

        exporter.export(storyboard, target, ExportListener.NONE);

        assertThat(TestMedia.formatDuration(TestMedia.ffprobe(target))).isCloseTo(2.0, within(1.0 / 30));
    }

    @Test
    void theStreamCopyPathIsChosenExactlyWhenNothingNeedsRendering() throws Exception {
        OutputFormat clipFormat = new OutputFormat(320, 180, FrameRate.of(30));
        Storyboard same = new Storyboard(List.of(ClipItem.of(toneA), ClipItem.of(toneB)), clipFormat);
        assertThat(exporter.plan(same).method()).isEqualTo(ExportMethod.STREAM_COPY);
        // A trim that covers the whole clip is no trim.
        assertThat(exporter.plan(same.replace(0, ClipItem.of(toneA).withTrim(0, 2.0))).method())
                .isEqualTo(ExportMethod.STREAM_COPY);

        assertRenders(same.replace(1, ClipItem.of(toneB).withTrim(0.5, null)), "Item 2", "trimmed");
        assertRenders(same.replace(0, ClipItem.of(toneA).withTrim(0, 1.5)), "Item 1", "trimmed");
        assertRenders(same.insert(1, TitleCard.of("Hi", 1)), "Item 2", "title card");
        assertRenders(same.replace(1, ClipItem.of(toneB).withCrossfadeSeconds(0.5)), "Item 2", "crossfade");
        assertRenders(same.add(ClipItem.of(silent4x3)), "Item 3", "no audio");
        assertRenders(same.withOutput(new OutputFormat(640, 360, FrameRate.of(30))), "output format", "640x360");
        assertRenders(same.withOutput(new OutputFormat(320, 180, FrameRate.of(25))), "output format", "25/1");
    }

    @Test
    void clipsOfDifferentSizesAreRendered() throws Exception {
        Path other = TestMedia.clip(out, "tone-wide.mp4", 352, 198, 30, 1, true);
        Storyboard storyboard = new Storyboard(List.of(ClipItem.of(toneA), ClipItem.of(other)),
                new OutputFormat(320, 180, FrameRate.of(30)));

        assertRenders(storyboard, "Item 2", "352x198");
    }

    @Test
    void thePlanPlacesItemsOnTheOutputTimeline() throws Exception {
        Storyboard storyboard = new Storyboard(List.of(
                ClipItem.of(toneA).withTrim(0.5, null),
                TitleCard.of("Hi", 1).withCrossfadeSeconds(0.5),
                ClipItem.of(toneB)), OutputFormat.HD_LANDSCAPE);

        ExportPlan plan = exporter.plan(storyboard);

        assertThat(plan.items()).extracting(PlannedItem::startSeconds).containsExactly(0.0, 1.0, 2.0);
        assertThat(plan.items()).extracting(PlannedItem::durationSeconds).containsExactly(1.5, 1.0, 2.0);
        assertThat(plan.items().get(0).media().hasAudio()).isTrue();
        assertThat(plan.items().get(1).media()).isNull();
        assertThat(plan.durationSeconds()).isEqualTo(4.0);
    }

    private static double duration(Path clip) throws Exception {
        return TestMedia.formatDuration(TestMedia.ffprobe(clip));
    }

    private void assertRenders(Storyboard storyboard, String... reasonWords) throws InvalidStoryboardException {
        ExportPlan plan = exporter.plan(storyboard);
        assertThat(plan.method()).isEqualTo(ExportMethod.FILTER_GRAPH);
        assertThat(plan.methodReason()).contains(reasonWords);
    }
}
