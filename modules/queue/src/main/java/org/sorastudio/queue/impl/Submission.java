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
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.openide.util.Lookup;
import org.sorastudio.core.model.Failure;
import org.sorastudio.core.spi.VideoLimits;
import org.sorastudio.openai.ApiConnectionException;
import org.sorastudio.openai.ApiError;
import org.sorastudio.openai.ApiException;
import org.sorastudio.openai.AuthenticationException;
import org.sorastudio.openai.CreateVideoRequest;
import org.sorastudio.openai.EditVideoRequest;
import org.sorastudio.openai.ExtendVideoRequest;
import org.sorastudio.openai.InputReference;
import org.sorastudio.openai.InvalidRequestException;
import org.sorastudio.openai.RateLimitException;
import org.sorastudio.openai.Video;
import org.sorastudio.openai.VideoApiClient;
import org.sorastudio.openai.VideoResponse;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;

/**
 * Sends a queued job's create request, after its SUBMITTING mark is on disk, and sorts the answer:
 * accepted, refused, rate limited, or of unknown outcome (then reconciled, never resent blindly); deletes on the
 * server the video of a job cancelled after its create.
 * Works on the {@link JobStore} under its lock.
 */
final class Submission {

    private static final Duration UNREACHABLE_COOLDOWN = Duration.ofSeconds(2);

    private final JobStore store;
    private final QueueWork work;
    private final Steps steps;

    Submission(JobStore store, QueueWork work, Steps steps) {
        this.store = store;
        this.work = work;
        this.steps = steps;
    }

    void submit(JobRecord job, RequestBudget budget) {
        store.stopWork(job);
        int generation = job.generation;
        job.submittedAt = Instant.now();
        job.outcomeUnknown = false;
        job.moveTo(JobState.SUBMITTING, "sending the create request");
        long version = store.changed(job, true);
        work.execute(() -> create(job, generation, version, budget));
    }

    void create(JobRecord job, int generation, long version, RequestBudget budget) {
        try {
            // never send a create the journal does not know about: after a crash it is reconciled, not resent
            store.awaitDurable(version);
        } catch (IOException e) {
            budget.release();
            synchronized (store.lock()) {
                if (store.current(job, generation)) {
                    job.moveTo(JobState.QUEUED, "the queue journal cannot be written: " + e.getMessage());
                    store.pause("The queue journal " + store.journalPath() + " cannot be written: " + e.getMessage());
                    store.changed(job, false);
                }
            }
            return;
        } catch (InterruptedException e) {
            budget.release();
            Thread.currentThread().interrupt();
            return;
        }
        CreateVideoRequest request;
        VideoApiClient client;
        synchronized (store.lock()) {
            if (!store.current(job, generation) || job.state != JobState.SUBMITTING) {
                budget.release();
                return;
            }
        }
        try {
            client = work.client(job.spec.profile());
        } catch (RuntimeException e) {
            budget.release();
            store.failIfCurrent(job, generation, Failure.of(Failure.Kind.SETUP, e.getMessage()));
            return;
        }
        try {
            request = toRequest(job.spec);
        } catch (RuntimeException e) {
            budget.release();
            store.failIfCurrent(job, generation, Failure.of(Failure.Kind.INVALID_INPUT, e.getMessage()));
            return;
        }
        VideoResponse response;
        try {
            response = send(client, job.spec, request);
        } catch (ApiException e) {
            budget.release();
            createFailed(job, generation, e);
            return;
        } catch (UncheckedIOException e) {
            budget.release();
            store.failIfCurrent(job, generation, Failure.of(Failure.Kind.FILE, "cannot read the reference image: " + e.getMessage()));
            return;
        }
        budget.release();
        created(job, generation, response);
    }

    void created(JobRecord job, int generation, VideoResponse response) {
        Video video = response.video();
        long version;
        synchronized (store.lock()) {
            if (!store.current(job, generation) || job.state != JobState.SUBMITTING) {
                // cancelled while the create was out: the job exists on the server now
                if (job.videoId == null) {
                    job.videoId = video.id();
                }
                deleteRemote(job, video.id());
                store.changed(job, true);
                return;
            }
            job.videoId = video.id();
            job.addRequestId(response.requestId());
            job.createdAt = video.createdAt();
            job.moveTo(JobState.IN_PROGRESS, "accepted by the server as " + video.id());
            version = store.changed(job, true);
            steps.tracking.apply(job, response);
        }
        store.awaitDurableQuietly(version);
    }

    /**
     * Deletes the video of a cancelled job on the server, best effort: the API deletes only finished videos, so an
     * unfinished one stays there (the status text says so).
     */
    void deleteRemote(JobRecord job, String videoId) {
        String profile = job.spec.profile();
        work.execute(() -> {
            RequestBudget budget = work.budget(profile);
            String outcome;
            try {
                budget.acquire();
                try {
                    work.client(profile).delete(videoId);
                    outcome = "cancelled; deleted " + videoId + " on the server";
                } finally {
                    budget.release();
                }
            } catch (ApiException | IllegalArgumentException e) {
                outcome = "cancelled; the server keeps " + videoId + " (" + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            synchronized (store.lock()) {
                if (job.state == JobState.CANCELLED) {
                    job.statusText = outcome;
                    store.changed(job, true);
                }
            }
        });
    }

    void createFailed(JobRecord job, int generation, ApiException e) {
        synchronized (store.lock()) {
            if (!store.current(job, generation)) {
                return;
            }
            job.addRequestId(e.requestId().orElse(null));
            String profile = job.spec.profile();
            if (e.isOutcomeUnknown()) {
                job.statusText = "the server may have received the create (" + e.getMessage()
                        + "); checking its video list before sending again";
                steps.reconciliation.beginReconcile(job, job.submittedAt.plus(store.options().maxWait()),
                        Reconciliation.RECONCILE_SETTLE);
                store.changed(job, true);
            } else if (e instanceof RateLimitException limited && limited.isQuotaExhausted()) {
                store.requeue(job, "the account's quota is exhausted");
                store.pause("Profile " + profile + ": the account's quota is exhausted (" + e.getMessage() + ")");
            } else if (e instanceof RateLimitException) {
                store.requeue(job, "rate limited by the server; waiting");
            } else if (e instanceof AuthenticationException) {
                store.requeue(job, "the server refused the API key");
                store.pause("Profile " + profile + ": the server refused the API key (" + e.getMessage() + ")");
            } else if (e instanceof ApiConnectionException) {
                work.budget(profile).coolDown(UNREACHABLE_COOLDOWN);
                store.requeue(job, "cannot reach the server: " + e.getMessage());
            } else {
                if (job.spec.kind() == JobSpec.Kind.EXTEND && e instanceof InvalidRequestException refused) {
                    tellLimits(profile, refused);
                }
                store.fail(job, JobFailures.fromApi("the server refused the request: " + e.getMessage(), e));
            }
        }
    }

    /** A refused extension length is the server's own answer on which lengths it takes: the limits learn it. */
    private static void tellLimits(String profile, InvalidRequestException refused) {
        String param = refused.error().map(ApiError::param).orElse(null);
        VideoLimits limits = Lookup.getDefault().lookup(VideoLimits.class);
        if (limits != null && param != null) {
            limits.serverRefused(profile, "extension", param, refused.getMessage());
        }
    }

    static CreateVideoRequest toRequest(JobSpec spec) {
        return new CreateVideoRequest(spec.prompt(), spec.model(), spec.seconds() > 0 ? Integer.toString(spec.seconds()) : null,
                spec.size(), reference(spec.referenceImage()));
    }

    /** The one request that makes the job's video. */
    static VideoResponse send(VideoApiClient client, JobSpec spec, CreateVideoRequest request) {
        return switch (spec.kind()) {
            case CREATE -> client.create(request);
            case REMIX -> client.remix(spec.sourceVideoId(), spec.prompt());
            case EXTEND -> client.extend(extension(spec));
            case EDIT -> client.edit(new EditVideoRequest(spec.sourceVideoId(), spec.prompt()));
        };
    }

    private static ExtendVideoRequest extension(JobSpec spec) {
        if (spec.seconds() <= 0) {
            throw new IllegalArgumentException("an extension needs the new segment's length in seconds");
        }
        return new ExtendVideoRequest(spec.sourceVideoId(), spec.prompt(), Integer.toString(spec.seconds()));
    }

    static InputReference reference(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String lower = reference.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("data:")) {
            return new InputReference.ImageUrl(reference);
        }
        return InputReference.file(Path.of(reference));
    }

    /** Why a job cannot even be sent, or null. */
    static Failure problemOf(JobSpec spec) {
        try {
            toRequest(spec);
            if (spec.kind() == JobSpec.Kind.EXTEND) {
                extension(spec);
            }
            return null;
        } catch (RuntimeException e) {
            return Failure.of(Failure.Kind.INVALID_INPUT, "cannot be sent: " + e.getMessage());
        }
    }
}
