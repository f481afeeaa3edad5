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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.sorastudio.core.io.Json;
import org.sorastudio.core.model.Failure;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.Transition;

/**
 * The queue's working copy of one job. Guarded by the {@link JobStore}'s lock; the fields above the marker
 * are kept in the journal, the ones below live only as long as the process.
 */
final class JobRecord {

    /** Where every job's state changes are logged, for the studio's Logs window and messages.log. */
    static final String TRANSITIONS_LOGGER = "org.sorastudio.queue.transitions";
    /** Answers kept per job: a server that flips between statuses cannot grow the journal without bound. */
    static final int MAX_RESPONSES = 20;
    private static final Logger TRANSITIONS = Logger.getLogger(TRANSITIONS_LOGGER);

    final String id;
    JobSpec spec;
    JobState state = JobState.QUEUED;
    int progress;
    String videoId;
    final List<String> requestIds = new ArrayList<>();
    final List<Transition> transitions = new ArrayList<>();
    String statusText = "";
    /** Why the job failed, while it is FAILED. */
    Failure failure;
    /** Wall-clock time the latest create was sent (reconciliation matches the server's created_at with it). */
    Instant submittedAt;
    /** The server's created_at of the video, once known. */
    Instant createdAt;
    /** The folder and file name base of the clip, fixed before the first byte is downloaded. */
    Path outputFolder;
    String outputBase;
    Path videoFile;
    Path sidecarFile;
    /** The server's last answer about the video, written into the sidecar. */
    JsonObject lastResponse;
    /**
     * Every distinct answer about the video, oldest first: the first, then each that changed its status (a poll that
     * only moved the progress is not kept); at most {@value #MAX_RESPONSES}, the first always among them. Each is
     * {@code {"receivedAt", "requestId", "body"}}; written into the journal and the sidecar.
     */
    final List<JsonObject> responses = new ArrayList<>();
    /** Set when a create may have reached the server although it failed: reconcile before resending. */
    boolean outcomeUnknown;

    // ---- not persisted ----
    /** The job as the journal writes it (compact UTF-8 JSON), kept until the job changes; null when to be encoded. */
    byte[] encoded;
    /** The state the {@link JobTable} counts the job in (as last published), null before it is counted. */
    JobState counted;
    /** The next timed step (poll, probe, retry). */
    ScheduledFuture<?> pending;
    /**
     * A download of the job may have been cut off (in an earlier process, or by an error here), leaving hidden
     * {@code .part} files to clean up when it finishes; a job downloaded in one go by this process leaves none.
     */
    boolean mayHaveLeftoverParts;
    /** Bumped by submit, cancel and retry: work started for an older generation is stale and dropped. */
    int generation;
    /** A reconciliation is reading the server's video list for this job. */
    boolean reconciling;
    /** First and latest progress readings above zero (epoch millis, percent). */
    long firstProgressAt;
    int firstProgress;
    long lastProgressAt;
    int lastProgress;
    long at99Since;
    /** When the server last said the job was still pending (epoch millis). */
    long lastPendingAt;
    Duration nextProbeWait;
    Duration pollHint;
    int transientFailures;
    /** While a create's outcome is unknown: when the queue stops reading the video list and asks the user. */
    Instant reconcileUntil;
    /** Video list reads that failed for the current reconciliation (the backoff grows with them). */
    int reconcileFailures;
    /** Why the latest video list read of the current reconciliation failed, or null. */
    String reconcileProblem;

    JobRecord(String id, JobSpec spec) {
        this.id = id;
        this.spec = spec;
    }

    void moveTo(JobState next, String reason) {
        encoded = null;
        state = next;
        failure = null;
        record(new Transition(Instant.now(), next, reason));
        statusText = reason;
    }

    /** Adds {@code transition} to the job's history and to the log (FINE on {@value #TRANSITIONS_LOGGER}). */
    void record(Transition transition) {
        encoded = null;
        transitions.add(transition);
        TRANSITIONS.fine(() -> "job " + id + " \"" + headOf(spec.prompt()) + "\": " + transition.state()
                + " (" + transition.reason() + ")");
    }

    /** The start of a prompt, enough to recognise the shot in a log line. */
    private static String headOf(String prompt) {
        return prompt == null || prompt.length() <= 60 ? String.valueOf(prompt) : prompt.substring(0, 59) + "…";
    }

    /** Takes in the server's answer {@code video} (the API's VideoResource), keeping it if its status is new. */
    void recordResponse(JsonObject video, String requestId, Instant receivedAt) {
        lastResponse = video;
        if (!responses.isEmpty() && statusOf(responses.get(responses.size() - 1)).equals(statusOf(video, "status"))) {
            return;
        }
        if (responses.size() == MAX_RESPONSES) {
            responses.remove(1);
        }
        JsonObject response = new JsonObject();
        response.addProperty("receivedAt", receivedAt.toString());
        response.addProperty("requestId", requestId);
        response.add("body", video);
        responses.add(response);
        encoded = null;
    }

    private static String statusOf(JsonObject response) {
        return response.has("body") && response.get("body").isJsonObject() ? statusOf(response.getAsJsonObject("body"), "status") : "";
    }

    private static String statusOf(JsonObject video, String field) {
        return video.has(field) && video.get(field).isJsonPrimitive() ? video.get(field).getAsString() : "";
    }

    void addRequestId(String requestId) {
        if (requestId != null && !requestIds.contains(requestId)) {
            encoded = null;
            requestIds.add(requestId);
        }
    }

    void forgetProgressReadings() {
        firstProgressAt = 0;
        firstProgress = 0;
        lastProgressAt = 0;
        lastProgress = 0;
        at99Since = 0;
        lastPendingAt = 0;
        nextProbeWait = null;
        transientFailures = 0;
    }

    /** The journal's encoding of the job, made again only after a change; under the store's lock. */
    byte[] encoded() {
        if (encoded == null) {
            encoded = Json.COMPACT.toJson(JobCodec.job(this)).getBytes(StandardCharsets.UTF_8);
        }
        return encoded;
    }

    Job snapshot(Duration eta) {
        return new Job(id, spec, state, progress, videoId, requestIds, transitions, statusText, eta, videoFile, sidecarFile, failure);
    }
}
