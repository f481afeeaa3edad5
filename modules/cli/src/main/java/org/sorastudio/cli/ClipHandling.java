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
package org.sorastudio.cli;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.core.model.PostProcessingSettings;
import org.sorastudio.postprocess.ClipOutcome;
import org.sorastudio.postprocess.PostProcessor;
import org.sorastudio.postprocess.disk.ClipSizeEstimator;
import org.sorastudio.postprocess.disk.DiskCheck;
import org.sorastudio.postprocess.disk.DiskGuard;
import org.sorastudio.postprocess.disk.DiskVerdict;
import org.sorastudio.postprocess.disk.FreeSpace;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.RenderQueue;

/**
 * What the CLI does around a queue besides rendering, with the studio's settings: the free-space check before jobs
 * are sent, the guard that pauses the queue when the disk fills, and the post-processing hooks on every clip.
 */
final class ClipHandling implements AutoCloseable {

    private final PostProcessingSettings settings;
    private final boolean ignoreDiskSpace;
    private final FreeSpace freeSpace;
    private final ClipSizeEstimator estimator = new ClipSizeEstimator();
    private final DiskCheck diskCheck;
    private final PostProcessor hooks;
    private final AtomicInteger failedClips = new AtomicInteger();
    private long neededSoFar;

    /**
     * @param runHooks        false for {@code --no-hooks}
     * @param ignoreDiskSpace true for {@code --ignore-disk-space}
     */
    ClipHandling(PostProcessingSettings settings, boolean runHooks, boolean ignoreDiskSpace, FreeSpace freeSpace) {
        this.settings = settings;
        this.ignoreDiskSpace = ignoreDiskSpace;
        this.freeSpace = freeSpace;
        this.diskCheck = new DiskCheck(freeSpace, estimator);
        List<HookStep> steps = runHooks ? settings.hooks() : List.of();
        this.hooks = new PostProcessor(() -> steps, PostProcessor.DEFAULT_THREADS);
    }

    /**
     * Starts following {@code queue}: clips go through the hooks, the disk is watched. A resumed journal's clips whose
     * hooks an earlier run (or the studio) left unfinished, stopped or killed, run them again now; failures recorded by
     * earlier runs are not counted again.
     */
    void attach(RenderQueue queue, Reporter reporter) {
        hooks.addListener(outcome -> {
            if (outcome.restored()) {
                return;
            }
            if (outcome.status() == ClipOutcome.Status.FAILED) {
                failedClips.incrementAndGet();
            }
            if (outcome.status() == ClipOutcome.Status.FAILED || outcome.status() == ClipOutcome.Status.SUCCEEDED) {
                reporter.postProcessed(outcome);
            }
        });
        queue.addListener(hooks.listenerFor(queue));
        hooks.restore(queue);
        queue.addListener(new DiskGuard(queue, freeSpace, estimator, this::thresholdBytes));
    }

    /**
     * Before {@code jobs} are queued (after those already queued in this run): refuses, with the numbers, when they
     * would leave less than the threshold free, unless {@code --ignore-disk-space} was given. Nothing has been sent for
     * them then, so the same command with another {@code --output} or after freeing space starts cleanly.
     */
    void checkBeforeQueueing(RenderQueue queue, Collection<JobSpec> jobs) {
        neededSoFar += diskCheck.needed(jobs);
        DiskVerdict verdict = diskCheck.check(queue.options().outputDirectory(), neededSoFar, thresholdBytes());
        if (!verdict.fits() && !ignoreDiskSpace) {
            throw new CliException(ExitCode.FAILURE, verdict.message() + " Free some space, choose another folder with"
                    + " --output, lower the threshold in the studio's Options, or add --ignore-disk-space to go on.");
        }
    }

    /** Waits for the hooks still running (each has its timeout, so this ends); the number of clips that failed. */
    int finish() throws InterruptedException {
        while (!hooks.awaitIdle(Duration.ofSeconds(1))) {
            // steps end at their timeouts
        }
        return failedClips.get();
    }

    private long thresholdBytes() {
        return settings.freeSpaceThresholdMb() * 1_000_000L;
    }

    @Override
    public void close() {
        hooks.close();
    }
}
