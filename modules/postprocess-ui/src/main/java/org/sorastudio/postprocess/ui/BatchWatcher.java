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

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueListener;
import org.sorastudio.queue.api.QueueStats;
import org.sorastudio.queue.api.RenderQueue;
import org.sorastudio.queue.api.Transition;

/**
 * Turns a queue's events into notices. <b>A batch</b> is everything that finishes between two moments when the queue
 * has nothing left to do: it starts when work arrives in an idle queue (one Generate, one CSV import delivered in
 * chunks, or several of them close together) and ends when the last of it completes, fails or is cancelled. That
 * needs no id on the jobs and matches what a user walking away waits for: "the queue is done". Single jobs are told
 * on their own only up to {@link #JOB_NOTICES_PER_BATCH} per batch: a CSV batch of thousands that fails row by row
 * gets a handful of balloons and the batch's count, not one balloon per row.
 * <p>
 * Only what finishes while it watches is told. The jobs a reopened queue restores finished (failed, cancelled,
 * unconfirmed, completed in an earlier session) are old news: the queue checks a restored unconfirmed create again on
 * opening, and that check ending where it began (unconfirmed) is not a failure of this session. Such a job counts
 * again once it is queued again (Retry, Send Again) or ends differently (the check found the video).
 */
@Messages({
    "# {0} - prompt",
    "BatchWatcher.jobCompleted=Clip ready: {0}",
    "# {0} - prompt",
    "BatchWatcher.jobFailed=Job failed: {0}",
    "# {0} - clips",
    "BatchWatcher.batchFinished=Batch finished: {0,choice,1#1 clip|1<{0} clips}",
    "# {0} - completed", "# {1} - failed",
    "BatchWatcher.batchFailed=Batch finished: {0,choice,0#no clips|1#1 clip|1<{0} clips}, {1} failed",
    "# {0} - completed", "# {1} - failed", "# {2} - folder",
    "BatchWatcher.batchDetail={0} completed, {1} failed or cancelled. Clips are in {2}."
})
final class BatchWatcher implements QueueListener {

    private static final int PROMPT_CHARS = 60;
    static final int JOB_NOTICES_PER_BATCH = 5;

    private final RenderQueue queue;
    private final Consumer<Notice> notices;
    /** Finished jobs already counted, in this batch or an earlier one; a job leaves it when it runs again. */
    private final Set<String> counted = new HashSet<>();
    /** Jobs known to be unfinished (from their events): the batch cannot end before each has finished. */
    private final Set<String> open = new HashSet<>();
    /** What the last stats said: nothing unfinished in the queue. */
    private boolean idle;
    /** The jobs that were finished when this watcher began, with the state they were in. */
    private final Map<String, JobState> finishedBefore = new HashMap<>();
    private int completed;
    private int failed;
    private int jobNotices;
    private Job last;

    BatchWatcher(RenderQueue queue, Consumer<Notice> notices) {
        this.queue = queue;
        this.notices = notices;
        for (Job job : queue.jobs()) {
            Optional<JobState> restored = finishedState(job);
            restored.ifPresent(state -> finishedBefore.put(job.id(), state));
            if (restored.isEmpty() && !finished(job.state())) {
                open.add(job.id());
            }
        }
    }

    /**
     * The finished state a job is in, or on its way back from without having been queued again: a restored unconfirmed
     * create is already being checked again ({@code SUBMITTING}) when the queue is handed over.
     */
    private static Optional<JobState> finishedState(Job job) {
        List<Transition> transitions = job.transitions();
        for (int i = transitions.size() - 1; i >= 0; i--) {
            JobState state = transitions.get(i).state();
            if (finished(state)) {
                return Optional.of(state);
            }
            if (state == JobState.QUEUED) {
                return Optional.empty();
            }
        }
        return finished(job.state()) ? Optional.of(job.state()) : Optional.empty();
    }

    private static boolean finished(JobState state) {
        return state == JobState.COMPLETED || state == JobState.FAILED || state == JobState.CANCELLED
                || state == JobState.UNCONFIRMED;
    }

    @Override
    public synchronized void jobChanged(Job job) {
        JobState state = job.state();
        boolean finished = finished(state);
        JobState before = finishedBefore.get(job.id());
        if (before != null) {
            if (state == JobState.QUEUED || finished && state != before) {
                finishedBefore.remove(job.id()); // queued again, or ended otherwise in this session: news from now on
            } else {
                return; // as restored, or on its way back to it (the check of a restored unconfirmed create)
            }
        }
        if (!finished) {
            counted.remove(job.id()); // retried: it counts again when it finishes again
            open.add(job.id());
            return;
        }
        open.remove(job.id());
        if (counted.add(job.id())) {
            count(job);
        }
        endIfDone();
    }

    private void count(Job job) {
        JobState state = job.state();
        last = job;
        if (state == JobState.COMPLETED) {
            completed++;
            tell(new Notice(Notice.Kind.JOB_COMPLETED, Bundle.BatchWatcher_jobCompleted(shorten(job.spec().prompt())),
                    String.valueOf(job.videoFile()), folderOf(job), job.videoFile(), ClipActions.rerun(job.spec()), null));
        } else {
            failed++;
            if (state == JobState.FAILED) {
                tell(new Notice(Notice.Kind.JOB_FAILED, Bundle.BatchWatcher_jobFailed(shorten(job.spec().prompt())),
                        job.statusText(), folderOf(job), null, ClipActions.rerun(job.spec()), null));
            }
        }
    }

    /**
     * The stats are counted when they are delivered, so they can be ahead of the job events still on their way: a
     * Cancel All of ten queued jobs may say "nothing unfinished" after the first cancellation was told. The batch ends
     * when the stats say so and every job this watcher knows to be unfinished has been told finished, whichever comes
     * last.
     */
    @Override
    public synchronized void statsChanged(QueueStats stats) {
        idle = stats.unfinished() == 0;
        endIfDone();
    }

    private void endIfDone() {
        if (!idle || !open.isEmpty() || completed + failed == 0) {
            return;
        }
        Path folder = queue.options().outputDirectory();
        String detail = Bundle.BatchWatcher_batchDetail(completed, failed, folder);
        boolean single = completed == 1 && failed == 0;
        notices.accept(failed == 0
                ? new Notice(Notice.Kind.BATCH_FINISHED, Bundle.BatchWatcher_batchFinished(completed), detail, folder,
                        single ? last.videoFile() : null, single ? ClipActions.rerun(last.spec()) : null, null)
                : new Notice(Notice.Kind.BATCH_FAILED, Bundle.BatchWatcher_batchFailed(completed, failed), detail, folder,
                        null, null, null));
        completed = 0;
        failed = 0;
        jobNotices = 0;
        last = null;
    }

    private void tell(Notice jobNotice) {
        if (jobNotices < JOB_NOTICES_PER_BATCH) {
            jobNotices++;
            notices.accept(jobNotice);
        }
    }

    private Path folderOf(Job job) {
        return job.videoFile() != null ? job.videoFile().getParent() : queue.options().outputDirectory();
    }

    static String shorten(String prompt) {
        String oneLine = prompt == null ? "" : prompt.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= PROMPT_CHARS ? oneLine : oneLine.substring(0, PROMPT_CHARS - 1) + "…";
    }
}
