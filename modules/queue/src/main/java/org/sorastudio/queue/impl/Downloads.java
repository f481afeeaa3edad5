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

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sorastudio.core.io.FilePaths;
import org.sorastudio.core.model.Failure;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.ContentVariant;
import org.sorastudio.openai.InvalidRequestException;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.Transition;

/**
 * Downloads a finished job's clip and thumbnail into the output folder and writes its sidecar;
 * also probes jobs stuck at 99 % by trying the clip itself.
 * Works on the {@link JobStore} under its lock.
 */
final class Downloads {

    private static final int MAX_DOWNLOAD_FAILURES = 6;
    static final Duration DISK_FULL_RETRY = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(Downloads.class.getName());

    private final JobStore store;
    private final QueueWork work;
    private final Steps steps;

    Downloads(JobStore store, QueueWork work, Steps steps) {
        this.store = store;
        this.work = work;
        this.steps = steps;
    }

    void probe(JobRecord job, int generation, long version) {
        store.awaitDurableQuietly(version);
        ClipFiles files;
        String videoId;
        synchronized (store.lock()) {
            if (!store.current(job, generation)) {
                return;
            }
            files = ClipFiles.of(job.outputFolder, job.outputBase);
            videoId = job.videoId;
        }
        RequestBudget budget = work.budget(job.spec.profile());
        try {
            Files.createDirectories(FilePaths.folder(files.video()));
            budget.acquire();
            try {
                work.client(job.spec.profile()).downloadContent(videoId, ContentVariant.VIDEO, files.video());
            } finally {
                budget.release();
            }
        } catch (InvalidRequestException e) {
            synchronized (store.lock()) {
                job.mayHaveLeftoverParts = true;
                if (store.current(job, generation)) {
                    Duration last = job.nextProbeWait == null ? Tracking.FIRST_PROBE_WAIT : job.nextProbeWait;
                    job.nextProbeWait = last.multipliedBy(2);
                    job.at99Since = System.currentTimeMillis();
                    job.statusText = "stuck at 99%; the clip is not there yet";
                    store.changed(job, false);
                    steps.tracking.schedulePoll(job, PollPlanner.nextDelay(0, null, job.pollHint));
                }
            }
            return;
        } catch (ApiException e) {
            synchronized (store.lock()) {
                job.mayHaveLeftoverParts = true;
            }
            steps.tracking.retryPollLater(job, generation, e);
            return;
        } catch (IOException | UncheckedIOException e) {
            store.failIfCurrent(job, generation, Failure.of(Failure.Kind.FILE, "cannot write into the output folder: " + e.getMessage()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long downloading;
        synchronized (store.lock()) {
            if (!store.current(job, generation)) {
                files.deleteAll();
                return;
            }
            downloading = beginDownloadState(job, "stuck at 99% on the server, but the clip was there: finished");
        }
        download(job, generation, downloading);
    }

    /** Starts the download once its file name is on disk, without a download thread waiting for that. */
    void beginDownload(JobRecord job, String reason) {
        long version = beginDownloadState(job, reason);
        int generation = job.generation;
        store.afterDurable(version, () -> work.executeDownload(() -> download(job, generation, version)));
    }

    long beginDownloadState(JobRecord job, String reason) {
        assignOutput(job);
        if (job.submittedAt != null) {
            // it finished somewhere between the last "pending" answer and now: learn the middle, not the poll lag
            long now = System.currentTimeMillis();
            long finished = job.lastPendingAt > 0 ? (job.lastPendingAt + now) / 2 : now;
            store.renderTimes().record(job.spec, Duration.ofMillis(finished - job.submittedAt.toEpochMilli()));
        }
        job.transientFailures = 0;
        job.moveTo(JobState.DOWNLOADING, reason);
        return store.changed(job, true);
    }

    /** Fixes where the clip goes, once: a restarted download must land on the same name. */
    void assignOutput(JobRecord job) {
        if (job.outputBase != null) {
            return;
        }
        Instant stamp = job.createdAt != null ? job.createdAt : Instant.now();
        Path folder = store.options().outputDirectory().toAbsolutePath().normalize();
        String named = job.spec.outputName() == null ? "" : FileNames.sanitize(job.spec.outputName());
        String base = store.claimOutputBase(folder, named.isEmpty() ? FileNames.clipBase(stamp, job.spec.prompt(), job.videoId) : named);
        job.outputFolder = folder;
        job.outputBase = base;
    }

    void download(JobRecord job, int generation, long version) {
        store.awaitDurableQuietly(version);
        ClipFiles files;
        String videoId;
        synchronized (store.lock()) {
            if (!store.current(job, generation) || job.state != JobState.DOWNLOADING) {
                return;
            }
            files = ClipFiles.of(job.outputFolder, job.outputBase);
            videoId = job.videoId;
        }
        String profile = job.spec.profile();
        RequestBudget budget = work.budget(profile);
        try {
            VideoApiClient client = work.client(profile);
            Files.createDirectories(FilePaths.folder(files.video()));
            if (!Files.isRegularFile(files.video())) {
                budget.acquire();
                try {
                    client.downloadContent(videoId, ContentVariant.VIDEO, files.video());
                } finally {
                    budget.release();
                }
            }
            boolean thumbnail = Files.isRegularFile(files.thumbnail()) || downloadThumbnail(client, budget, videoId, files);
            finish(job, generation, files, thumbnail);
        } catch (InvalidRequestException e) {
            store.failIfCurrent(job, generation, JobFailures.fromApi(e.isNotFound()
                    ? "the server has no clip for video " + videoId + " (deleted or expired)"
                    : "the server refused the download: " + e.getMessage(), e));
        } catch (ApiException | IOException | UncheckedIOException e) {
            retryDownloadLater(job, generation, e);
        } catch (IllegalArgumentException e) {
            store.failIfCurrent(job, generation, Failure.of(Failure.Kind.SETUP, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The thumbnail is a courtesy: a server without one does not fail the job. */
    boolean downloadThumbnail(VideoApiClient client, RequestBudget budget, String videoId, ClipFiles files)
            throws InterruptedException {
        budget.acquire();
        try {
            client.downloadContent(videoId, ContentVariant.THUMBNAIL, files.thumbnail());
            return true;
        } catch (InvalidRequestException e) {
            LOG.log(Level.INFO, "No thumbnail for {0}: {1}", new Object[]{videoId, e.getMessage()});
            return false;
        } finally {
            budget.release();
        }
    }

    void finish(JobRecord job, int generation, ClipFiles files, boolean thumbnail) throws IOException {
        JsonObject sidecar;
        Transition done;
        synchronized (store.lock()) {
            if (!store.current(job, generation)) {
                if (job.state == JobState.CANCELLED) {
                    files.deleteAll();
                }
                return;
            }
            done = new Transition(Instant.now(), JobState.COMPLETED, "downloaded " + files.video().getFileName());
            sidecar = ClipFiles.sidecar(job, files, thumbnail, done);
        }
        files.writeSidecar(sidecar);
        boolean cleanUp;
        synchronized (store.lock()) {
            cleanUp = job.mayHaveLeftoverParts;
        }
        if (cleanUp) {
            // lists the whole output folder: only for jobs whose download may have been cut off
            files.deleteLeftoverParts();
        }
        synchronized (store.lock()) {
            if (!store.current(job, generation)) {
                files.deleteAll();
                return;
            }
            job.videoFile = files.video();
            job.sidecarFile = files.sidecar();
            job.state = JobState.COMPLETED;
            job.record(done);
            job.statusText = done.reason();
            // not waited for: a restart before it is written finds the clip and its thumbnail there and only writes the
            // sidecar again
            store.changed(job, true);
        }
    }

    void retryDownloadLater(JobRecord job, int generation, Exception e) {
        synchronized (store.lock()) {
            if (!store.current(job, generation)) {
                return;
            }
            if (isDiskFull(e)) {
                waitForDiskSpace(job, generation, e);
                return;
            }
            job.transientFailures++;
            job.mayHaveLeftoverParts = true;
            if (e instanceof ApiException api) {
                job.addRequestId(api.requestId().orElse(null));
            }
            if (job.transientFailures >= MAX_DOWNLOAD_FAILURES) {
                String message = "download failed " + job.transientFailures + " times: " + e.getMessage();
                store.fail(job, e instanceof ApiException api ? JobFailures.fromApi(message, api)
                        : Failure.of(Failure.Kind.FILE, message));
                return;
            }
            Duration wait = Waits.backoff(job.transientFailures);
            job.statusText = "download interrupted (" + e.getMessage() + "); trying again in " + Waits.seconds(wait);
            store.changed(job, false);
            work.schedule(job, wait, () -> work.executeDownload(() -> download(job, generation, 0)));
        }
    }

    /**
     * A full disk is nobody's fault but the folder's: the job is paid for, so it is neither failed nor counted against
     * its retries. The queue pauses (no new creates) with a reason a person can act on, and the download is tried again
     * every {@link #DISK_FULL_RETRY} until there is room; Resume after freeing space sends new jobs again.
     */
    private void waitForDiskSpace(JobRecord job, int generation, Exception e) {
        job.mayHaveLeftoverParts = true;
        if (!store.isPaused()) { // once, not at every retry of every waiting download
            store.pause("The output folder " + job.outputFolder + " is full (" + e.getMessage() + "). Downloads wait"
                    + " and try again every " + Waits.seconds(DISK_FULL_RETRY) + "; free some space, then Resume to send new jobs.");
        }
        job.statusText = "waiting for disk space in " + job.outputFolder;
        store.changed(job, false);
        work.schedule(job, DISK_FULL_RETRY, () -> work.executeDownload(() -> download(job, generation, 0)));
    }

    /** Whether {@code e} says the file system has no room left (ENOSPC, or a quota), on any platform's wording. */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk quota exceeded")
                    || message.contains("not enough space on the disk")) {
                return true;
            }
        }
        return false;
    }
}
