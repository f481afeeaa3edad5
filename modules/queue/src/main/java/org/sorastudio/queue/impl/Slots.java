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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;

/**
 * The parallel-job limit: starts the creates of queued jobs, in queue order, while slots are free and each profile's
 * rate budget allows; a profile whose budget is spent holds back its later jobs and is tried again when it refills.
 * Runs after every change of the {@link JobStore}, under its lock.
 */
final class Slots {

    /** Tokens a create leaves in the rate budget for the polls and downloads of running jobs. */
    private static final int CREATE_RESERVE = 2;

    private final JobStore store;
    private final QueueWork work;
    private final Submission submission;
    private boolean pumping;
    private boolean pumpAgain;
    private ScheduledFuture<?> pumpRetry;

    Slots(JobStore store, QueueWork work, Submission submission) {
        this.store = store;
        this.work = work;
        this.submission = submission;
    }

    /** Starts creates while slots and the rate budget allow; under the lock. */
    void fill() {
        if (pumping) {
            pumpAgain = true;
            return;
        }
        pumping = true;
        try {
            do {
                pumpAgain = false;
                fillOnce();
            } while (pumpAgain);
        } finally {
            pumping = false;
        }
    }

    /**
     * One pass over the queue: nothing but a count when no slot is free (the usual case while a big batch runs), and no
     * copy of the list, which the creates it starts do not change (their changes come back here as {@link #fill} again).
     */
    private void fillOnce() {
        if (store.stopped() || store.isPaused() || store.count(JobState.QUEUED) == 0) {
            return;
        }
        int free = store.options().parallelJobs() - store.count(JobState.SUBMITTING) - store.count(JobState.IN_PROGRESS);
        if (free <= 0) {
            return;
        }
        List<JobRecord> jobs = store.jobs();
        Set<String> waitingProfiles = new HashSet<>();
        List<JobSpec> unresolved = null;
        for (int i = 0; i < jobs.size() && free > 0; i++) {
            JobRecord job = jobs.get(i);
            if (job.state != JobState.QUEUED || waitingProfiles.contains(job.spec.profile())) {
                continue;
            }
            if (unresolved == null) {
                unresolved = unresolvedCreates(jobs);
            }
            if (unresolved.stream().anyMatch(spec -> Reconciler.sameRequest(spec, job.spec))) {
                continue;
            }
            RequestBudget budget = work.budget(job.spec.profile());
            long wait = budget.tryAcquire(CREATE_RESERVE);
            if (wait > 0) {
                // keep this profile's order: its later jobs wait too
                waitingProfiles.add(job.spec.profile());
                fillAgainIn(wait);
                continue;
            }
            submission.submit(job, budget);
            free--;
        }
    }

    /** Creates of unknown outcome: an identical create would make their reconciliation unable to tell the videos apart. */
    private List<JobSpec> unresolvedCreates(List<JobRecord> jobs) {
        if (store.count(JobState.SUBMITTING) == 0) {
            return List.of();
        }
        return jobs.stream().filter(job -> job.outcomeUnknown && job.videoId == null && job.state == JobState.SUBMITTING)
                .map(job -> job.spec).toList();
    }

    private void fillAgainIn(long nanos) {
        if (store.stopped() || (pumpRetry != null && !pumpRetry.isDone() && pumpRetry.getDelay(TimeUnit.NANOSECONDS) <= nanos)) {
            return;
        }
        if (pumpRetry != null) {
            pumpRetry.cancel(false);
        }
        pumpRetry = work.schedule(Duration.ofNanos(nanos), () -> {
            synchronized (store.lock()) {
                pumpRetry = null;
                fill();
            }
        });
    }
}
