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
package org.sorastudio.queue.impl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.sorastudio.queue.api.JobState;

/**
 * The queue's steps, which hand a job on to one another (a finished poll to its download, a found video to its
 * tracking): each works on the {@link JobStore} and makes its calls through {@link QueueWork}. Also the two things that
 * ask every step: picking a job up after a restart, and the deadlines of waiting jobs.
 */
final class Steps {

    final Submission submission;
    final Reconciliation reconciliation;
    final Tracking tracking;
    final StatusLists statusLists;
    final Downloads downloads;
    private final JobStore store;
    private final QueueWork work;

    Steps(JobStore store, QueueWork work) {
        this.store = store;
        this.work = work;
        submission = new Submission(store, work, this);
        reconciliation = new Reconciliation(store, work, this);
        tracking = new Tracking(store, work, this);
        statusLists = new StatusLists(store, work, this);
        downloads = new Downloads(store, work, this);
    }

    /** Picks up a job where the previous session left it; under the lock. */
    void resumeAfterRestart(JobRecord job, Instant now) {
        if (!job.state.isTerminal() && job.state != JobState.QUEUED) {
            job.encoded = null;
        }
        switch (job.state) {
            case SUBMITTING -> {
                if (job.videoId != null) {
                    job.moveTo(JobState.IN_PROGRESS, "resumed after restart");
                    tracking.schedulePoll(job, Duration.ZERO);
                } else {
                    // The create may or may not have reached the server: look before sending again.
                    job.outcomeUnknown = true;
                    job.statusText = "interrupted while submitting; checking the server's video list";
                    if (job.submittedAt == null) {
                        job.submittedAt = now;
                    }
                    // at least one look, however long ago it was sent
                    Instant until = job.submittedAt.plus(store.options().maxWait());
                    reconciliation.beginReconcile(job,
                            until.isAfter(now) ? until : now.plus(Reconciliation.checkWindow(store.options())),
                            Waits.positive(Duration.between(now, job.submittedAt.plus(Reconciliation.RECONCILE_SETTLE))));
                }
            }
            case UNCONFIRMED -> reconciliation.checkAgain(job, "checking the server's video list again after a restart");
            case IN_PROGRESS -> {
                job.statusText = "resumed after restart";
                tracking.schedulePoll(job, Duration.ZERO);
            }
            case DOWNLOADING -> {
                job.statusText = "resumed after restart; downloading";
                int generation = job.generation;
                work.executeDownload(() -> downloads.download(job, generation, 0));
            }
            default -> {
                // queued and finished jobs need nothing
            }
        }
    }

    /**
     * Every state that waits on the server has a deadline: jobs on the server are failed past the maximum
     * wait, creates of unknown outcome end unconfirmed past theirs, even while a slow call is still out.
     * (A create being sent and a download are bounded by the client's own timeouts and retry budget.)
     * Checks them every {@code interval} until the queue stops.
     */
    void watchDeadlines(Duration interval) {
        synchronized (store.lock()) {
            if (store.stopped()) {
                return;
            }
            Instant now = Instant.now();
            for (JobRecord job : new ArrayList<>(store.jobs())) {
                if (job.state == JobState.IN_PROGRESS) {
                    tracking.failIfOverdue(job);
                } else if (job.state == JobState.SUBMITTING && job.outcomeUnknown && job.reconcileUntil != null
                        && now.isAfter(job.reconcileUntil)) {
                    // the deadline can pass just before the last read fails: keep what the reads said
                    reconciliation.unconfirmed(job, "no answer from the server's video list in time"
                            + (job.reconcileProblem == null ? "" : "; it last said: " + job.reconcileProblem));
                }
            }
        }
        work.schedule(interval, () -> watchDeadlines(interval));
    }
}
