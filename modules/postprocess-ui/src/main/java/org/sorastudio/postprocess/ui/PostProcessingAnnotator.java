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
package org.sorastudio.postprocess.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.spi.JobAnnotator;
import org.sorastudio.postprocess.ClipOutcome;
import org.sorastudio.postprocess.PostProcessor;

/**
 * Post-processing on the Queue window's rows: "post-processing…" while a clip's steps wait or run, and "post-processing
 * failed: " with the reason and <b>Retry Post-processing</b> in the row's menu when a step failed (also for failures read
 * back from the sidecars after a restart). The notes are made on the hook threads as outcomes arrive and kept in a
 * map, so the window's paint reads one entry; after a change the revision moves and the window repaints once. It
 * follows its processor from the processor's creation ({@link StudioPostProcessing} makes both and is the registered
 * {@code JobAnnotator}), so no outcome, not even one restored as a queue opens, is told before it listens.
 */
@Messages({
    "PostProcessingAnnotator.running=post-processing…",
    "# {0} - reason",
    "PostProcessingAnnotator.failed=post-processing failed: {0}",
    "# {0} - reason",
    "PostProcessingAnnotator.failedDetail=Post-processing failed: {0}. The clip is kept; right-click the row to retry.",
    "PostProcessingAnnotator.retry=Retry Post-processing",
    "# {0} - reason",
    "PostProcessingAnnotator.interrupted=post-processing interrupted: {0}",
    "# {0} - reason",
    "PostProcessingAnnotator.interruptedDetail=Post-processing did not finish: {0}. No step is switched on now; "
            + "right-click the row to run the steps again.",
    "PostProcessingAnnotator.retryTip=Runs the failed step and the steps after it again; the clip is kept"
})
final class PostProcessingAnnotator implements JobAnnotator {

    private final Map<String, Annotation> notes = new ConcurrentHashMap<>();
    private final AtomicLong revision = new AtomicLong();

    PostProcessingAnnotator(PostProcessor hooks) {
        hooks.addListener(outcome -> take(outcome, hooks));
    }

    private void take(ClipOutcome outcome, PostProcessor hooks) {
        String jobId = outcome.jobId();
        switch (outcome.status()) {
            case QUEUED, RUNNING -> notes.put(jobId, new Annotation(Bundle.PostProcessingAnnotator_running(), "", false, List.of()));
            case FAILED -> notes.put(jobId, new Annotation(Bundle.PostProcessingAnnotator_failed(outcome.reason()),
                    Bundle.PostProcessingAnnotator_failedDetail(outcome.reason()), true,
                    List.of(new AnnotationAction(Bundle.PostProcessingAnnotator_retry(), Bundle.PostProcessingAnnotator_retryTip(),
                            () -> hooks.retry(jobId)))));
            case INTERRUPTED -> notes.put(jobId, new Annotation(Bundle.PostProcessingAnnotator_interrupted(outcome.reason()),
                    Bundle.PostProcessingAnnotator_interruptedDetail(outcome.reason()), true,
                    List.of(new AnnotationAction(Bundle.PostProcessingAnnotator_retry(), Bundle.PostProcessingAnnotator_retryTip(),
                            () -> hooks.retry(jobId)))));
            case SUCCEEDED -> {
                if (notes.remove(jobId) == null) {
                    return; // restored from a sidecar: nothing was shown, nothing changes
                }
            }
        }
        revision.incrementAndGet();
    }

    @Override
    public Optional<Annotation> annotation(String jobId) {
        return Optional.ofNullable(notes.get(jobId));
    }

    @Override
    public long revision() {
        return revision.get();
    }
}
