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
import org.sorastudio.media.export.ExportMethod;
import org.sorastudio.media.export.ExportPlan;
import org.sorastudio.media.export.StoryboardExporter;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.OutputFormat;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.media.storyboard.StoryboardItem;

/**
 * {@code ./studio bench export}: ten 8 s 1280x720 H.264+AAC clips exported once by stream copy and
 * once through the full filter graph (each clip trimmed by 0.5 s at both ends, 0.5 s crossfades),
 * in the same run. Figures are output seconds per wall-clock second (multiples of real time).
 */
public final class ExportBenchmark {

    private static final int CLIPS = 10;
    private static final double CLIP_SECONDS = 8;
    private static final double TRIM = 0.5;
    private static final double CROSSFADE = 0.5;
    private static final OutputFormat FORMAT = new OutputFormat(1280, 720, FrameRate.of(30));

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("sorastudio-export-bench-");
        try {
            StoryboardExporter exporter = Lookup.getDefault().lookup(StoryboardExporter.class);
            long generating = System.nanoTime();
            List<Path> clips = new ArrayList<>();
            for (int i = 0; i < CLIPS; i++) {
                clips.add(TestMedia.clip(folder, "clip-" + i + ".mp4", FORMAT.width(), FORMAT.height(), 30,
                        CLIP_SECONDS, true));
            }
            System.out.printf(Locale.ROOT, "generated %d clips of %.0f s at %dx%d in %.1f s%n", CLIPS, CLIP_SECONDS,
                    FORMAT.width(), FORMAT.height(), (System.nanoTime() - generating) / 1e9);

            List<StoryboardItem> whole = new ArrayList<>();
            List<StoryboardItem> edited = new ArrayList<>();
            for (Path clip : clips) {
                whole.add(ClipItem.of(clip));
                edited.add(ClipItem.of(clip).withTrim(TRIM, CLIP_SECONDS - TRIM)
                        .withCrossfadeSeconds(edited.isEmpty() ? 0 : CROSSFADE));
            }
            double copy = run(exporter, new Storyboard(whole, FORMAT), ExportMethod.STREAM_COPY,
                    folder.resolve("copy.mp4"));
            double filterGraph = run(exporter, new Storyboard(edited, FORMAT), ExportMethod.FILTER_GRAPH,
                    folder.resolve("filtergraph.mp4"));
            System.out.printf(Locale.ROOT, "stream copy is %.1f times as fast as the filter graph%n", copy / filterGraph);
            System.out.printf(Locale.ROOT, "RESULT copy_x_realtime=%.2f filtergraph_x_realtime=%.2f ratio=%.2f%n",
                    copy, filterGraph, copy / filterGraph);
        } finally {
            deleteTree(folder);
        }
    }

    /** Exports and returns the speed as a multiple of real time. */
    private static double run(StoryboardExporter exporter, Storyboard storyboard, ExportMethod expected, Path target)
            throws Exception {
        ExportPlan plan = exporter.plan(storyboard);
        if (plan.method() != expected) {
            throw new IllegalStateException("expected " + expected + " but the plan chose " + plan.method() + ": "
                    + plan.methodReason());
        }
        long start = System.nanoTime();
        exporter.start(plan, target, ExportListener.NONE).await();
        double wall = (System.nanoTime() - start) / 1e9;
        double realtime = plan.durationSeconds() / wall;
        System.out.printf(Locale.ROOT, "%-12s %.1f s of output in %.2f s wall = %.2f x real time%n",
                expected, plan.durationSeconds(), wall, realtime);
        return realtime;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
