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
package org.sorastudio.postprocess.disk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.l10n.LocaleFormat;
import org.sorastudio.core.l10n.Texts;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.RenderQueue;

/**
 * Keeps a queue from filling its disk: whenever a download starts or a clip arrives it checks that the output folder
 * keeps the threshold free after one more such clip, and otherwise pauses the queue with the numbers in the reason (no new creates;
 * jobs already paid for are still followed and downloaded, so nothing is lost). It also teaches the estimator every
 * downloaded clip's real size. The queue itself pauses on a full disk too (see the queue module); this guard stops
 * before it gets there.
 */
public final class DiskGuard implements QueueListener {

    private static final Logger LOG = Logger.getLogger(DiskGuard.class.getName());

    private final RenderQueue queue;
    private final FreeSpace freeSpace;
    private final ClipSizeEstimator estimator;
    private final LongSupplier thresholdBytes;

    public DiskGuard(RenderQueue queue, FreeSpace freeSpace, ClipSizeEstimator estimator, LongSupplier thresholdBytes) {
        this.queue = queue;
        this.freeSpace = freeSpace;
        this.estimator = estimator;
        this.thresholdBytes = thresholdBytes;
    }

    @Override
    public void jobChanged(Job job) {
        if (job.state() == JobState.COMPLETED && job.videoFile() != null) {
            learn(job);
        }
        // events carry the job as it is when delivered, so a quick download may never be seen as DOWNLOADING: after
        // each clip the guard also asks whether one more of the same would still fit
        if ((job.state() == JobState.DOWNLOADING || job.state() == JobState.COMPLETED) && !queue.isPaused()) {
            check(job);
        }
    }

    private void learn(Job job) {
        try {
            estimator.learn(job.spec().model(), job.spec().size(), job.spec().seconds(), Files.size(job.videoFile()));
        } catch (IOException e) {
            // moved or deleted already: nothing to learn
        }
    }

    private void check(Job job) {
        Path folder = queue.options().outputDirectory();
        long needed = estimator.estimate(job.spec().model(), job.spec().size(), job.spec().seconds());
        long threshold = thresholdBytes.getAsLong();
        long free;
        try {
            free = freeSpace.usableBytes(folder);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot read the free space of {0}: {1}", new Object[]{folder, e.getMessage()});
            return;
        }
        DiskVerdict verdict = new DiskVerdict(folder, needed, free, threshold, "");
        if (!verdict.fits()) {
            LocaleFormat format = LocaleFormat.current();
            queue.pause(Texts.of(DiskGuard.class).get("DiskGuard.paused", format.bytes(free), folder, format.bytes(threshold),
                    format.bytes(needed)));
        }
    }
}
