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
package org.sorastudio.storyboard.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.l10n.LocaleFormat;
import org.sorastudio.core.spi.ClipPlayer;
import org.sorastudio.media.export.ExportCancelledException;
import org.sorastudio.media.export.ExportException;
import org.sorastudio.media.export.ExportJob;
import org.sorastudio.media.export.ExportPlan;
import org.sorastudio.media.export.ExportQuality;
import org.sorastudio.media.export.InvalidStoryboardException;
import org.sorastudio.media.export.StoryboardExporter;
import org.sorastudio.media.storyboard.Storyboard;

/**
 * Preview: the editor's storyboard through the export's own plan and filter graph at {@link ExportQuality#PREVIEW}
 * (at most 360 lines, the fastest encoder settings) into a temporary file, in the background with a progress handle
 * whose cancel stops ffmpeg, then played in the player. The file is played again, not rendered, while the storyboard
 * is unchanged; a change makes the next Preview render anew.
 */
@Messages({
    "Preview.progressName=Rendering the storyboard preview",
    "Preview.planning=Preview: checking the clips…",
    "# {0} - percent",
    "Preview.progress=Preview: {0}%",
    "# {0} - seconds",
    "Preview.ready=Preview rendered in {0} s: playing it.",
    "Preview.reused=The storyboard has not changed: playing the preview again.",
    "Preview.cancelled=Preview cancelled.",
    "# {0} - problem",
    "Preview.failed=No preview: {0}",
    "Preview.noPlayer=The player is switched off, so there is nothing to preview in."
})
final class StoryboardPreview {

    private static final Logger LOG = Logger.getLogger(StoryboardPreview.class.getName());
    private static final RequestProcessor PREVIEWS = new RequestProcessor("Storyboard preview");

    private final StoryboardExporter exporter;
    private final Supplier<ClipPlayer> player;
    private StoryboardPanel panel;
    /** The storyboard the preview file shows, and the file; EDT only. */
    private Storyboard renderedFor;
    private Path rendered;
    private Path folder;
    private volatile ExportJob job;
    private volatile boolean cancelRequested;
    private volatile boolean running;

    StoryboardPreview(StoryboardExporter exporter, Supplier<ClipPlayer> player) {
        this.exporter = exporter;
        this.player = player;
    }

    void attach(StoryboardPanel editor) {
        panel = editor;
    }

    boolean isRunning() {
        return running;
    }

    /** Plays the preview of the editor's storyboard, rendering it first unless it is the one last rendered; EDT. */
    CompletableFuture<Path> show() {
        ClipPlayer clipPlayer = player.get();
        if (clipPlayer == null) {
            panel.showStatus(Bundle.Preview_noPlayer(), true);
            return CompletableFuture.failedFuture(new IllegalStateException(Bundle.Preview_noPlayer()));
        }
        Storyboard storyboard = panel.storyboard();
        if (storyboard.equals(renderedFor) && rendered != null && Files.isRegularFile(rendered)) {
            panel.showStatus(Bundle.Preview_reused(), false);
            clipPlayer.play(rendered);
            return CompletableFuture.completedFuture(rendered);
        }
        return render(storyboard, clipPlayer);
    }

    /** Stops a running preview render; ffmpeg is killed and its partial file removed by the exporter. */
    void cancel() {
        cancelRequested = true;
        ExportJob current = job;
        if (current != null) {
            current.cancel();
        }
    }

    private CompletableFuture<Path> render(Storyboard storyboard, ClipPlayer clipPlayer) {
        Path target;
        try {
            target = previewFile();
        } catch (IOException e) {
            panel.showStatus(Bundle.Preview_failed(e.getMessage()), true);
            return CompletableFuture.failedFuture(e);
        }
        cancelRequested = false;
        running = true;
        panel.setPreviewing(true);
        panel.showStatus(Bundle.Preview_planning(), false);
        ProgressHandle progress = ProgressHandle.createHandle(Bundle.Preview_progressName(), () -> {
            cancel();
            return true;
        });
        long started = System.nanoTime();
        CompletableFuture<Path> result = new CompletableFuture<>();
        PREVIEWS.post(() -> {
            progress.start();
            try {
                ExportPlan plan = exporter.plan(storyboard.withOutput(ExportQuality.PREVIEW.output(storyboard.output())));
                progress.switchToDeterminate(100);
                job = exporter.start(plan, target, update -> {
                    int percent = (int) Math.round(Math.min(1, update.fraction()) * 100);
                    progress.progress(Bundle.Preview_progress(percent), percent);
                    SwingUtilities.invokeLater(() -> panel.showStatus(Bundle.Preview_progress(percent), false));
                }, ExportQuality.PREVIEW);
                if (cancelRequested) {
                    job.cancel();
                }
                result.complete(job.await().file());
            } catch (ExportException | RuntimeException e) {
                if (!(e instanceof ExportException)) {
                    LOG.log(Level.WARNING, "The preview failed unexpectedly", e);
                }
                result.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.completeExceptionally(e);
            } finally {
                job = null;
                progress.finish();
            }
        });
        result.whenComplete((file, failure) -> SwingUtilities.invokeLater(() -> finished(storyboard, file, failure,
                clipPlayer, (System.nanoTime() - started) / 1e9)));
        return result;
    }

    private void finished(Storyboard storyboard, Path file, Throwable failure, ClipPlayer clipPlayer, double seconds) {
        running = false;
        panel.setPreviewing(false);
        if (failure == null) {
            renderedFor = storyboard;
            rendered = file;
            panel.showStatus(Bundle.Preview_ready(LocaleFormat.current().seconds(seconds)), false);
            clipPlayer.play(file);
        } else if (failure instanceof ExportCancelledException) {
            panel.showStatus(Bundle.Preview_cancelled(), false);
        } else {
            if (failure instanceof InvalidStoryboardException invalid && invalid.itemIndex() >= 0
                    && invalid.itemIndex() < panel.storyboard().items().size()) {
                panel.select(invalid.itemIndex());
            }
            panel.showStatus(Bundle.Preview_failed(failure.getMessage()), true);
        }
    }

    /** One file in a temporary folder of this session, replaced by each new render (deleted when the studio exits). */
    private Path previewFile() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("sorastudio-preview-");
            folder.toFile().deleteOnExit();
        }
        Path file = folder.resolve("storyboard-preview.mp4");
        file.toFile().deleteOnExit();
        return file;
    }
}
