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

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sorastudio.core.model.Failure;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueOptions;

/**
 * What the queue's steps ({@link Submission}, {@link Tracking}, {@link StatusLists}, {@link Downloads},
 * {@link Reconciliation}) may do with the jobs: find them, change a job's state so that listeners hear it and the
 * journal writes it, wait for the journal, and read the queue's options. Every {@link JobRecord} is guarded by
 * {@link #lock()}; the methods that take a job are called while holding it, the journal waits without it.
 */
interface JobStore {

    /** The one lock guarding every job and this store. */
    Object lock();

    /** The jobs in queue order (not to be changed); under the lock. */
    List<JobRecord> jobs();

    /** How many jobs are in {@code state}, as last published; under the lock. */
    int count(JobState state);

    /** Whether work started for {@code generation} of the job is still wanted (not stale, the queue running). */
    boolean current(JobRecord job, int generation);

    /** Whether the queue has been shut down: no new work is started. */
    boolean stopped();

    /**
     * Publishes the job's change to the listeners, counts it in its state, lets queued jobs take a slot it freed and,
     * if {@code persist}, marks the journal to be written; under the lock. Called after every change of a job.
     *
     * @return the journal version holding the change, 0 when not persisted
     */
    long changed(JobRecord job, boolean persist);

    /** Marks the journal to be written; under the lock. Returns the version holding the present state. */
    long markDirty();

    /** Returns once the journal's {@code version} is on disk; never under the lock. */
    void awaitDurable(long version) throws IOException, InterruptedException;

    /** {@link #awaitDurable}, logging a failed write instead of throwing it (0: nothing to wait for). */
    void awaitDurableQuietly(long version);

    /** Runs {@code work} (short: hand it to a pool) once the journal's {@code version} is on disk. */
    void afterDurable(long version, Runnable work);

    /** Ends whatever the job was waiting for; its running work becomes stale. Under the lock. */
    void stopWork(JobRecord job);

    /** Puts the job back in the queue, to be sent again; under the lock. */
    void requeue(JobRecord job, String reason);

    /** Ends the job as failed for {@code failure}, quoting every request id the job has; under the lock. */
    void fail(JobRecord job, Failure failure);

    /** {@link #fail} if the job's work of {@code generation} is still current; takes the lock. */
    void failIfCurrent(JobRecord job, int generation, Failure failure);

    boolean isPaused();

    /** Holds back new creates, saying why; under the lock. */
    void pause(String reason);

    QueueOptions options();

    /** How long jobs like a given one took, learned from the finished ones. */
    RenderTimes renderTimes();

    /** Estimated time until the job finishes on the server (negative when overdue), or null if unknown; under the lock. */
    Long remainingMillis(JobRecord job, long now);

    /** Claims a clip name in {@code folder} no other job of the queue has, close to {@code wanted}; under the lock. */
    String claimOutputBase(Path folder, String wanted);

    Path journalPath();
}
