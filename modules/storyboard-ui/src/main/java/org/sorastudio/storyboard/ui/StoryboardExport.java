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

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.l10n.LocaleFormat;
import org.sorastudio.media.export.ExportCancelledException;
import org.sorastudio.media.export.ExportException;
import org.sorastudio.media.export.ExportJob;
import org.sorastudio.media.export.ExportPlan;
import org.sorastudio.media.export.ExportProgress;
import org.sorastudio.media.export.ExportResult;
import org.sorastudio.media.export.InvalidStoryboardException;
import org.sorastudio.media.export.StoryboardExporter;
import org.sorastudio.media.storyboard.Storyboard;
import org.sorastudio.core.spi.ClipPlayer;

/**
 * Export of the editor's storyboard: a target chooser, then planning and ffmpeg off the EDT with a
 * progress handle (fraction, ETA, Cancel), the outcome in the editor's status line, and the result
 * opened in the player.
 */
@Messages({
    "Export.chooseTarget=Export Storyboard as MP4",
    "Export.mp4=MP4 video",
    "# {0} - file name",
    "Export.progressName=Exporting {0}",
    "Export.planning=Checking the clips…",
    "# {0} - percent",
    "Export.progress={0}%",
    "# {0} - percent",
    "# {1} - time left",
    "Export.progressEta={0}% — about {1} left",
    "# {0} - file",
    "# {1} - length",
    "# {2} - how",
    "# {3} - seconds taken",
    "Export.done=Exported {0} ({1}, {2}) in {3} s.",
    "Export.opening=Opening it in the player.",
    "Export.streamCopy=copied without re-encoding",
    "Export.filterGraph=re-encoded",
    "Export.cancelled=Export cancelled: no file was written.",
    "# {0} - problem",
    "Export.failed=Export failed: {0}",
    "Export.noPlayer=The player is switched off: open the file in another player."
})
final class StoryboardExport {

    private static final Logger LOG = Logger.getLogger(StoryboardExport.class.getName());
    private static final RequestProcessor EXPORTS = new RequestProcessor("Storyboard export");

    private final StoryboardExporter exporter;
    private final Supplier<ClipPlayer> player;
    private StoryboardPanel panel;
    private volatile ExportJob job;
    private volatile boolean cancelRequested;

    StoryboardExport(StoryboardExporter exporter, Supplier<ClipPlayer> player) {
        this.exporter = exporter;
        this.player = player;
    }

    void attach(StoryboardPanel editor) {
        panel = editor;
    }

    void chooseTargetAndStart() {
        File chosen = new FileChooserBuilder(StoryboardExport.class)
                .setTitle(Bundle.Export_chooseTarget())
                .setFileFilter(new FileNameExtensionFilter(Bundle.Export_mp4(), "mp4"))
                .showSaveDialog();
        if (chosen != null) {
            String name = chosen.getName().toLowerCase(Locale.ROOT).endsWith(".mp4") ? chosen.getName() : chosen.getName() + ".mp4";
            start(chosen.toPath().resolveSibling(name));
        }
    }

    /** Starts exporting the editor's storyboard to {@code target}; EDT. */
    CompletableFuture<ExportResult> start(Path target) {
        Storyboard storyboard = panel.storyboard();
        cancelRequested = false;
        panel.setExporting(true);
        panel.showStatus(Bundle.Export_planning(), false);
        ProgressHandle progress = ProgressHandle.createHandle(Bundle.Export_progressName(target.getFileName()), () -> {
            cancel();
            return true;
        });
        CompletableFuture<ExportResult> result = new CompletableFuture<>();
        EXPORTS.post(() -> {
            progress.start();
            try {
                ExportPlan plan = exporter.plan(storyboard);
                progress.switchToDeterminate(1000);
                job = exporter.start(plan, target, update -> report(progress, update));
                if (cancelRequested) {
                    job.cancel();
                }
                result.complete(job.await());
            } catch (ExportException e) {
                result.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (job != null) {
                    job.cancel();
                }
                result.completeExceptionally(e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Export failed unexpectedly", e);
                result.completeExceptionally(e);
            } finally {
                job = null;
                progress.finish();
            }
        });
        result.whenComplete((done, failure) -> SwingUtilities.invokeLater(() -> finished(done, failure)));
        return result;
    }

    /** Stops a running export; ffmpeg is killed and the partial file removed by the exporter. */
    void cancel() {
        cancelRequested = true;
        ExportJob running = job;
        if (running != null) {
            running.cancel();
        }
    }

    private void report(ProgressHandle progress, ExportProgress update) {
        int percent = (int) Math.round(update.fraction() * 100);
        String text = update.eta().map(eta -> Bundle.Export_progressEta(percent, remaining(eta)))
                .orElse(Bundle.Export_progress(percent));
        progress.progress(text, (int) Math.round(Math.min(1, update.fraction()) * 1000));
        SwingUtilities.invokeLater(() -> panel.showStatus(text, false));
    }

    private static String remaining(Duration eta) {
        return LocaleFormat.current().duration(eta);
    }

    private void finished(ExportResult done, Throwable failure) {
        panel.setExporting(false);
        if (failure == null) {
            String status = Bundle.Export_done(done.file().getFileName(), TimeText.format(done.durationSeconds()),
                    done.method() == org.sorastudio.media.export.ExportMethod.STREAM_COPY
                            ? Bundle.Export_streamCopy() : Bundle.Export_filterGraph(),
                    LocaleFormat.current().seconds(done.elapsed().toMillis() / 1000.0));
            ClipPlayer clipPlayer = player.get();
            if (clipPlayer == null) {
                panel.showStatus(status + " " + Bundle.Export_noPlayer(), false);
            } else {
                panel.showStatus(status + " " + Bundle.Export_opening(), false);
                clipPlayer.play(done.file());
            }
        } else if (failure instanceof ExportCancelledException) {
            panel.showStatus(Bundle.Export_cancelled(), false);
        } else {
            if (failure instanceof InvalidStoryboardException invalid && invalid.itemIndex() >= 0
                    && invalid.itemIndex() < panel.storyboard().items().size()) {
                panel.select(invalid.itemIndex());
            }
            panel.showStatus(Bundle.Export_failed(failure.getMessage()), true);
        }
    }
}
