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
package org.sorastudio.queue.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sorastudio.core.io.DataFileException;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.openai.spi.ApiClientProvider;
import org.sorastudio.queue.impl.QueueEngine;

/**
 * The render queue of one project: submits jobs within the parallel limit and each profile's rate
 * limit, polls them cheaply, downloads finished clips with a sidecar, and keeps everything in a
 * journal file so that a crash loses nothing and pays for nothing twice. Thread-safe; every method
 * returns at once (the network is only used on the queue's own daemon threads).
 */
public interface RenderQueue {

    /** Suffix of the journal file beside a project file. */
    String JOURNAL_SUFFIX = ".queue.json";

    /**
     * Opens the queue kept in {@code journal} (a missing file is an empty queue) and starts working:
     * jobs found with a video id resume polling or downloading, jobs caught while submitting are
     * reconciled with the server's video list before anything is sent again.
     *
     * @throws DataFileException when the journal and its backup are both unreadable
     */
    static RenderQueue open(Path journal, QueueOptions options, ApiClientProvider clients) throws DataFileException {
        return QueueEngine.open(journal, options, clients);
    }

    /** The journal beside a project file: {@code NAME.sorastudio} gets {@code NAME.sorastudio.queue.json}. */
    static Path journalFor(Path projectFile) {
        return projectFile.resolveSibling(projectFile.getFileName() + JOURNAL_SUFFIX);
    }

    /**
     * Where the files a job uploads are kept, beside {@code journal}: {@code NAME.queue.json} gets
     * {@code NAME.queue.references/}. A job's spec names its prepared reference image there, so a resumed job
     * uploads the same bytes even when the original picture has changed or gone.
     */
    static Path referencesFolderFor(Path journal) {
        String name = FilePaths.name(journal);
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return journal.resolveSibling(base + ".references");
    }

    /** Adds jobs at the end of the queue; returns their ids. */
    List<String> enqueue(List<JobSpec> specs);

    /**
     * Follows a job the server already has (e.g. one started elsewhere) until its clip is downloaded.
     * Returns the existing job's id when the queue already follows this video.
     *
     * @throws IllegalArgumentException when {@code videoId} cannot be a video id
     */
    String resumeVideo(String videoId, String profile);

    /** Cancels a job that has not finished, deleting it on the server where the API allows. */
    void cancel(String jobId);

    void cancelAll();

    /** Queues a failed or cancelled job again as a new generation. */
    void retry(String jobId);

    /**
     * Reads the server's video list again for an {@link JobState#UNCONFIRMED} job (for a short, bounded
     * time): adopts its video if the server has one, queues it again if the list shows none, else leaves it
     * unconfirmed. Other jobs are left alone.
     */
    void checkAgain(String jobId);

    /**
     * Sends an {@link JobState#UNCONFIRMED} job's create again as a new generation: the server may have
     * received the first one, so this may be charged twice. Other jobs are left alone.
     */
    void sendAgain(String jobId);

    /** Moves a queued job {@code offset} places (negative: towards the front). */
    void move(String jobId, int offset);

    /** Removes finished jobs from the list (their files stay). */
    void clearFinished();

    /** Holds back new submissions; jobs already on the server keep being followed. */
    void pause();

    /**
     * Pauses like {@link #pause()}, giving the reason a person reads in {@link QueueStats#pauseReason()} (e.g. the
     * output folder is nearly full). Resume clears it.
     */
    default void pause(String reason) {
        pause();
    }

    void resume();

    boolean isPaused();

    /** Applies new limits: a larger parallel limit takes effect at once, a smaller one as jobs finish. */
    void updateOptions(QueueOptions options);

    QueueOptions options();

    List<Job> jobs();

    Optional<Job> job(String jobId);

    QueueStats stats();

    Path journal();

    void addListener(QueueListener listener);

    void removeListener(QueueListener listener);

    /** Waits until no job needs work any more; false on timeout. */
    boolean awaitIdle(Duration timeout) throws InterruptedException;

    /**
     * Stops the queue's threads and saves the journal. Jobs in flight stay as they are and resume
     * when the journal is opened again. Returns false if some thread did not end within {@code timeout}.
     */
    boolean shutdown(Duration timeout);
}
