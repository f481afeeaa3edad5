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
import com.github.kokorin.jaffree.ffmpeg.FFmpegProgress;
import com.github.kokorin.jaffree.ffmpeg.UrlOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.media.export.ExportCancelledException;
import org.sorastudio.media.export.ExportException;
import org.sorastudio.media.export.ExportJob;
import org.sorastudio.media.export.ExportListener;
import org.sorastudio.media.export.ExportPlan;
import org.sorastudio.media.export.ExportProgress;
import org.sorastudio.media.export.ExportQuality;
import org.sorastudio.media.export.ExportResult;

/**
 * One ffmpeg run writing a partial file beside the target; on success the partial file is renamed
 * over the target, on failure or cancel it is deleted.
 */
final class FfmpegExportJob implements ExportJob {

    private static final Logger LOG = Logger.getLogger(FfmpegExportJob.class.getName());

    private final ExportPlan plan;
    private final Path target;
    private final Path partial;
    private final ExportListener listener;
    private final ProcessKiller killer = new ProcessKiller();
    private final long startNanos = System.nanoTime();
    private volatile boolean cancelled;
    private volatile CompletableFuture<ExportResult> completion;

    private FfmpegExportJob(ExportPlan plan, Path target, Path partial, ExportListener listener) {
        this.plan = plan;
        this.target = target;
        this.partial = partial;
        this.listener = listener;
    }

    static FfmpegExportJob start(ExportPlan plan, Path target, ExportListener listener, FfmpegTools tools,
            ExportQuality quality) throws ExportException {
        Path partial;
        try {
            partial = PartialFile.besides(target);
        } catch (IOException e) {
            throw new ExportException("Cannot write beside " + target + ": " + e.getMessage(), e);
        }
        ExportCommand command = null;
        try {
            command = switch (plan.method()) {
                case STREAM_COPY -> new StreamCopyCommand(plan);
                case FILTER_GRAPH -> new FilterGraphCommand(plan, quality);
            };
            FfmpegExportJob job = new FfmpegExportJob(plan, target, partial, listener);
            job.run(tools, command);
            return job;
        } catch (IOException | RuntimeException e) {
            if (command != null) {
                command.close();
            }
            deleteQuietly(partial);
            throw new ExportException("Cannot start ffmpeg for " + target + ": " + e.getMessage(), e);
        }
    }

    private void run(FfmpegTools tools, ExportCommand command) {
        FFmpeg ffmpeg = command.configure(tools.ffmpeg(killer))
                .addOutput(UrlOutput.toPath(partial).setFormat("mp4"))
                .setOverwriteOutput(true)
                .setProgressListener(this::reportProgress);
        completion = ffmpeg.executeAsync().toCompletableFuture()
                .handle((result, failure) -> finish(failure, command));
    }

    @Override
    public ExportPlan plan() {
        return plan;
    }

    @Override
    public void cancel() {
        if (!isDone()) {
            cancelled = true;
            killer.kill();
        }
    }

    @Override
    public boolean isDone() {
        CompletableFuture<ExportResult> current = completion;
        return current != null && current.isDone();
    }

    @Override
    public CompletionStage<ExportResult> completion() {
        return completion.minimalCompletionStage();
    }

    @Override
    public ExportResult await() throws ExportException, InterruptedException {
        try {
            return completion.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExportException failure) {
                throw failure;
            }
            throw new ExportException("Export to " + target + " failed: " + e.getCause(), e.getCause());
        }
    }

    private ExportResult finish(Throwable failure, ExportCommand command) {
        command.close();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        try {
            if (cancelled) {
                throw new ExportCancelledException("Export to " + target.getFileName() + " was cancelled");
            }
            if (failure != null) {
                throw new ExportException("ffmpeg could not export " + target.getFileName() + ": "
                        + FfmpegTools.describeFailure(failure), failure);
            }
            if (Files.size(partial) == 0) {
                throw new ExportException("ffmpeg wrote nothing for " + target.getFileName());
            }
            PartialFile.moveIntoPlace(partial, target);
            notifyListener(new ExportProgress(1, plan.durationSeconds(), 0, Optional.of(Duration.ZERO)));
            return new ExportResult(target, plan.method(), plan.durationSeconds(), elapsed);
        } catch (ExportException e) {
            throw new CompletionException(e);
        } catch (IOException e) {
            throw new CompletionException(new ExportException("Cannot move the export into place at " + target
                    + ": " + e.getMessage(), e));
        } finally {
            deleteQuietly(partial);
        }
    }

    private void reportProgress(FFmpegProgress progress) {
        Long micros = progress.getTimeMicros();
        if (micros == null || micros < 0 || cancelled) {
            return;
        }
        double total = plan.durationSeconds();
        double written = Math.min(micros / 1e6, total);
        double speed = progress.getSpeed() == null ? 0 : progress.getSpeed();
        Optional<Duration> eta = speed > 0
                ? Optional.of(Duration.ofMillis(Math.round((total - written) / speed * 1000)))
                : Optional.empty();
        notifyListener(new ExportProgress(written / total, written, speed, eta));
    }

    private void notifyListener(ExportProgress progress) {
        try {
            listener.onProgress(progress);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Export progress listener failed", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the partial export {0}: {1}", new Object[] {file, e.getMessage()});
        }
    }
}
