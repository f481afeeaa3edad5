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
package org.sorastudio.media.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.openide.util.Lookup;
import org.sorastudio.media.TestMedia;
import org.sorastudio.media.export.ExportListener;
import org.sorastudio.media.export.ExportPlan;
import org.sorastudio.media.export.ExportQuality;
import org.sorastudio.media.export.StoryboardExporter;
import org.sorastudio.media.frames.FrameGrabber;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.OutputFormat;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.media.storyboard.StoryboardItem;
import org.sorastudio.media.storyboard.TitleCard;

/**
 * {@code ./studio bench preview}: the storyboard preview's time to first frame for ten 8 s 1280x720 clips (trimmed
 * 0.5 s at both ends, 0.5 s crossfades, a title card first): planning, the {@link ExportQuality#PREVIEW} render and
 * decoding its first frame, against the same storyboard's full export. The player can show nothing sooner, since the
 * preview is a finished MP4 (moov atom first).
 */
public final class PreviewBenchmark {

    private static final int CLIPS = 10;
    private static final double CLIP_SECONDS = 8;
    private static final OutputFormat FORMAT = new OutputFormat(1280, 720, FrameRate.of(30));

    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("sorastudio-preview-bench-");
        try {
            StoryboardExporter exporter = Lookup.getDefault().lookup(StoryboardExporter.class);
            FrameGrabber frames = Lookup.getDefault().lookup(FrameGrabber.class);
            List<StoryboardItem> items = new ArrayList<>(List.of(TitleCard.of("Preview benchmark", 2)));
            for (int i = 0; i < CLIPS; i++) {
                Path clip = TestMedia.clip(folder, "clip-" + i + ".mp4", FORMAT.width(), FORMAT.height(), 30, CLIP_SECONDS, true);
                items.add(ClipItem.of(clip).withTrim(0.5, CLIP_SECONDS - 0.5).withCrossfadeSeconds(0.5));
            }
            Storyboard storyboard = new Storyboard(items, FORMAT);

            long previewStart = System.nanoTime();
            ExportPlan previewPlan = exporter.plan(storyboard.withOutput(ExportQuality.PREVIEW.output(FORMAT)));
            Path preview = exporter.start(previewPlan, folder.resolve("preview.mp4"), ExportListener.NONE,
                    ExportQuality.PREVIEW).await().file();
            double rendered = (System.nanoTime() - previewStart) / 1e9;
            frames.grab(preview, 0, folder.resolve("first-frame.png"));
            double firstFrame = (System.nanoTime() - previewStart) / 1e9;

            long exportStart = System.nanoTime();
            exporter.export(storyboard, folder.resolve("export.mp4"), ExportListener.NONE);
            double export = (System.nanoTime() - exportStart) / 1e9;

            System.out.printf(Locale.ROOT, "%.1f s of storyboard; preview %dx%d rendered in %.2f s, first frame at %.2f s;"
                    + " full export %.2f s%n", previewPlan.durationSeconds(), previewPlan.storyboard().output().width(),
                    previewPlan.storyboard().output().height(), rendered, firstFrame, export);
            System.out.printf(Locale.ROOT, "RESULT preview_first_frame_s=%.2f export_s=%.2f speedup=%.2f%n",
                    firstFrame, export, export / firstFrame);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                System.err.println("could not clean up " + folder + ": " + e);
            }
        }
    }
}
