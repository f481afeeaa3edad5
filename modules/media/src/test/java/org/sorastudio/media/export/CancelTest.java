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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.sorastudio.media.TestMedia;
import org.sorastudio.media.probe.FrameRate;
import org.sorastudio.media.storyboard.ClipItem;
import org.sorastudio.media.storyboard.OutputFormat;
import org.sorastudio.media.storyboard.Storyboard;

class CancelTest {

    @TempDir
    Path folder;

    private final StoryboardExporter exporter = Lookup.getDefault().lookup(StoryboardExporter.class);

    @Test
    void cancelStopsFfmpegMidwayAndRemovesThePartialOutput() throws Exception {
        Path clip = TestMedia.clip(folder, "long.mp4", 320, 180, 30, 20, true);
        // Upscaled to 720p with a trim, the export runs long enough to be cancelled midway.
        Storyboard storyboard = new Storyboard(List.of(ClipItem.of(clip).withTrim(0.1, null)),
                new OutputFormat(1280, 720, FrameRate.of(30)));
        Path target = folder.resolve("film.mp4");
        CompletableFuture<ExportProgress> midway = new CompletableFuture<>();
        ExportJob job = exporter.start(exporter.plan(storyboard), target, progress -> {
            if (progress.fraction() > 0 && progress.fraction() < 0.5) {
                midway.complete(progress);
            }
        });

        ExportProgress progress = midway.get(60, TimeUnit.SECONDS);
        job.cancel();

        assertThatThrownBy(job::await)
                .isInstanceOf(ExportCancelledException.class)
                .hasMessage("Export to film.mp4 was cancelled");
        assertThat(job.isDone()).isTrue();
        assertThat(progress.speed()).isPositive();
        assertThat(progress.eta()).isPresent();
        assertThat(target).doesNotExist();
        assertThat(TestMedia.partialFiles(folder)).isEmpty();
        assertThat(ProcessHandle.current().descendants()
                .filter(process -> process.info().command().orElse("").endsWith("ffmpeg"))
                .filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void cancelBeforeFfmpegGetsGoingStillCancels() throws Exception {
        Path clip = TestMedia.clip(folder, "short.mp4", 320, 180, 30, 1, true);
        Storyboard storyboard = new Storyboard(List.of(ClipItem.of(clip).withTrim(0.1, null)),
                new OutputFormat(320, 180, FrameRate.of(30)));
        Path target = folder.resolve("film.mp4");

        ExportJob job = exporter.start(exporter.plan(storyboard), target, ExportListener.NONE);
        job.cancel();

        assertThatThrownBy(job::await).isInstanceOf(ExportCancelledException.class);
        assertThat(target).doesNotExist();
        assertThat(TestMedia.partialFiles(folder)).isEmpty();
    }
}
