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
package org.sorastudio.simulator.videos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * Every job the simulator accepted, and the plan each one follows. One lock guards it all: every
 * operation is a few map lookups (plus one durable append when a {@link JobLog} keeps a journal), so
 * contention is not a concern even with dozens of clients.
 */
public final class VideoStore {

    /** Longest a job waits {@code queued} before a free render slot picks it up. */
    private static final long MAX_PICKUP_MILLIS = 1000;

    private final Random random;
    private final long renderMillisPerVideoSecond;
    private final double failureRate;
    private final ModerationWords moderationWords;
    private final boolean stickAt99;
    private final JobLog log;
    /** When each render slot is free again; empty when concurrency is unlimited. */
    private final long[] slotFreeAt;

    private final TreeMap<Long, VideoJob> jobsBySequence = new TreeMap<>();
    private final Map<String, VideoJob> jobsById = new HashMap<>();
    /** Sequence of every id ever issued, so a deleted id still works as a list cursor. */
    private final Map<String, Long> sequenceById = new HashMap<>();
    private final Map<String, Long> acceptedByKeyId = new HashMap<>();
    private long nextSequence;

    /** Takes over the jobs in {@code log}'s history and records every later change there. */
    public VideoStore(long seed, long renderMillisPerVideoSecond, double failureRate,
                      ModerationWords moderationWords, boolean stickAt99, int maxConcurrentJobs, JobLog log) {
        this.random = new Random(seed);
        this.renderMillisPerVideoSecond = renderMillisPerVideoSecond;
        this.failureRate = failureRate;
        this.moderationWords = moderationWords;
        this.stickAt99 = stickAt99;
        this.log = log;
        this.slotFreeAt = new long[maxConcurrentJobs];
        log.history().forEach(this::restore);
    }

    /**
     * Accepts a job at {@code now}, plans its timeline and, with a journal, makes it durable before returning.
     *
     * @param keyId {@link #keyId} of the key that asked for it
     * @throws IOException if the job could not be recorded; it is then not accepted
     */
    public synchronized VideoJob accept(VideoSpec spec, String remixedFromId, String keyId, long now)
            throws IOException {
        Draw draw = draw();
        JobOutcome outcome = moderationWords.blocks(spec.prompt()) ? JobOutcome.MODERATION_BLOCKED
                : draw.fails() ? JobOutcome.FAILS : JobOutcome.SUCCEEDS;

        long renderMillis = spec.durationSeconds() * renderMillisPerVideoSecond;
        long runMillis = switch (outcome) {
            case SUCCEEDS -> renderMillis;
            case FAILS -> (long) (renderMillis * draw.failurePoint());
            case MODERATION_BLOCKED -> 0;
        };
        int slot = freestSlot();
        long readyAt = now + Math.min(renderMillisPerVideoSecond, MAX_PICKUP_MILLIS);
        long startsAt = slot < 0 ? readyAt : Math.max(readyAt, slotFreeAt[slot]);
        VideoJob job = new VideoJob(draw.id(), nextSequence, spec, remixedFromId, now, startsAt, renderMillis,
                startsAt + runMillis, outcome);
        log.append(new JobRecord.Accepted(job, keyId));
        occupy(slot, job);
        remember(job, keyId);
        return job;
    }

    public synchronized Optional<VideoJob> find(String id) {
        return Optional.ofNullable(jobsById.get(id));
    }

    /** Whether this id was ever issued (deleted ids included). */
    public synchronized boolean issued(String id) {
        return sequenceById.containsKey(id);
    }

    /** Every create and remix ever accepted, deleted ones and those of earlier runs included. */
    public synchronized long acceptedCount() {
        return sequenceById.size();
    }

    /** How many jobs each {@link #keyId} has had accepted, earlier runs included. */
    public synchronized Map<String, Long> acceptedPerKeyId() {
        return Map.copyOf(acceptedByKeyId);
    }

    /** The jobs not deleted, oldest first. */
    public synchronized List<VideoJob> jobs() {
        return List.copyOf(jobsBySequence.values());
    }

    /**
     * A page of jobs, newest first unless {@code ascending}, starting after the job {@code after}.
     *
     * @param after an id that was {@linkplain #issued issued}, or null for the first page
     */
    public synchronized VideoPage list(boolean ascending, String after, int limit) {
        Map<Long, VideoJob> candidates = ascending ? jobsBySequence : jobsBySequence.descendingMap();
        if (after != null) {
            long cursor = sequenceById.get(after);
            candidates = ascending ? jobsBySequence.tailMap(cursor, false)
                    : jobsBySequence.headMap(cursor, false).descendingMap();
        }
        List<VideoJob> page = new ArrayList<>();
        for (VideoJob job : candidates.values()) {
            if (page.size() == limit) {
                return new VideoPage(page, true);
            }
            page.add(job);
        }
        return new VideoPage(page, false);
    }

    /**
     * Removes a finished job; jobs still running are left alone.
     *
     * @throws IOException if the deletion could not be recorded; the job is then kept
     */
    public synchronized DeleteResult delete(String id, long now) throws IOException {
        VideoJob job = jobsById.get(id);
        if (job == null) {
            return DeleteResult.NOT_FOUND;
        }
        if (!job.stateAt(now, stickAt99).status().isTerminal()) {
            return DeleteResult.NOT_FINISHED;
        }
        log.append(new JobRecord.Deleted(id));
        forget(id);
        return DeleteResult.DELETED;
    }

    public boolean stickAt99() {
        return stickAt99;
    }

    /**
     * Identifies the creator of a job by a digest of its API key, so that no journal holds a bearer key.
     */
    public static String keyId(String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Re-applies a record of an earlier run. Drawing for each accepted job keeps the random sequence where an
     * uninterrupted run would have it, so a fixed seed never issues an id twice.
     */
    private void restore(JobRecord record) {
        if (record instanceof JobRecord.Accepted accepted) {
            draw();
            occupy(freestSlot(), accepted.job());
            remember(accepted.job(), accepted.keyId());
        } else if (record instanceof JobRecord.Deleted deleted) {
            forget(deleted.id());
        }
    }

    private void remember(VideoJob job, String keyId) {
        jobsBySequence.put(job.sequence(), job);
        jobsById.put(job.id(), job);
        sequenceById.put(job.id(), job.sequence());
        acceptedByKeyId.merge(keyId, 1L, Long::sum);
        nextSequence = Math.max(nextSequence, job.sequence() + 1);
    }

    private void forget(String id) {
        VideoJob job = jobsById.remove(id);
        if (job != null) {
            jobsBySequence.remove(job.sequence());
        }
    }

    /** The render slot free soonest, or -1 when concurrency is unlimited. */
    private int freestSlot() {
        if (slotFreeAt.length == 0) {
            return -1;
        }
        int slot = 0;
        for (int i = 1; i < slotFreeAt.length; i++) {
            if (slotFreeAt[i] < slotFreeAt[slot]) {
                slot = i;
            }
        }
        return slot;
    }

    private void occupy(int slot, VideoJob job) {
        if (slot >= 0) {
            slotFreeAt[slot] = Math.max(slotFreeAt[slot], job.endsAt());
        }
    }

    /** The random decisions of one job, always drawn in the same order. */
    private Draw draw() {
        byte[] idBytes = new byte[24];
        random.nextBytes(idBytes);
        boolean fails = random.nextDouble() < failureRate;
        double failurePoint = 0.25 + random.nextDouble() / 2;
        return new Draw("video_" + HexFormat.of().formatHex(idBytes), fails, failurePoint);
    }

    private record Draw(String id, boolean fails, double failurePoint) {
    }

    /** What {@link #delete} did. */
    public enum DeleteResult { DELETED, NOT_FOUND, NOT_FINISHED }
}
