package org.sorastudio.simulator.videos;

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
 * operation is a few map lookups, so contention is not a concern even with dozens of clients.
 */
public final class VideoStore {

    /** Longest a job waits {@code queued} before a free render slot picks it up. */
    private static final long MAX_PICKUP_MILLIS = 1000;

    private final Random random;
    private final long renderMillisPerVideoSecond;
    private final double failureRate;
    private final ModerationWords moderationWords;
    private final boolean stickAt99;
    /** When each render slot is free again; empty when concurrency is unlimited. */
    private final long[] slotFreeAt;

    private final TreeMap<Long, VideoJob> jobsBySequence = new TreeMap<>();
    private final Map<String, VideoJob> jobsById = new HashMap<>();
    /** Sequence of every id ever issued, so a deleted id still works as a list cursor. */
    private final Map<String, Long> sequenceById = new HashMap<>();
    private long nextSequence;

    public VideoStore(long seed, long renderMillisPerVideoSecond, double failureRate,
                      ModerationWords moderationWords, boolean stickAt99, int maxConcurrentJobs) {
        this.random = new Random(seed);
        this.renderMillisPerVideoSecond = renderMillisPerVideoSecond;
        this.failureRate = failureRate;
        this.moderationWords = moderationWords;
        this.stickAt99 = stickAt99;
        this.slotFreeAt = new long[maxConcurrentJobs];
    }

    /** Accepts a job at {@code now} and plans its timeline. */
    public synchronized VideoJob accept(VideoSpec spec, String remixedFromId, long now) {
        String id = "video_" + HexFormat.of().formatHex(randomBytes(24));
        boolean randomFailure = random.nextDouble() < failureRate;
        double failurePoint = 0.25 + random.nextDouble() / 2;
        JobOutcome outcome = moderationWords.blocks(spec.prompt()) ? JobOutcome.MODERATION_BLOCKED
                : randomFailure ? JobOutcome.FAILS : JobOutcome.SUCCEEDS;

        long renderMillis = spec.durationSeconds() * renderMillisPerVideoSecond;
        long runMillis = switch (outcome) {
            case SUCCEEDS -> renderMillis;
            case FAILS -> (long) (renderMillis * failurePoint);
            case MODERATION_BLOCKED -> 0;
        };
        long startsAt = reserveSlot(now + Math.min(renderMillisPerVideoSecond, MAX_PICKUP_MILLIS), runMillis);
        VideoJob job = new VideoJob(id, nextSequence++, spec, remixedFromId, now, startsAt, renderMillis,
                startsAt + runMillis, outcome);
        jobsBySequence.put(job.sequence(), job);
        jobsById.put(id, job);
        sequenceById.put(id, job.sequence());
        return job;
    }

    public synchronized Optional<VideoJob> find(String id) {
        return Optional.ofNullable(jobsById.get(id));
    }

    /** Whether this id was ever issued (deleted ids included). */
    public synchronized boolean issued(String id) {
        return sequenceById.containsKey(id);
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

    /** Removes a finished job; jobs still running are left alone. */
    public synchronized DeleteResult delete(String id, long now) {
        VideoJob job = jobsById.get(id);
        if (job == null) {
            return DeleteResult.NOT_FOUND;
        }
        if (!job.stateAt(now, stickAt99).status().isTerminal()) {
            return DeleteResult.NOT_FINISHED;
        }
        jobsById.remove(id);
        jobsBySequence.remove(job.sequence());
        return DeleteResult.DELETED;
    }

    public boolean stickAt99() {
        return stickAt99;
    }

    private long reserveSlot(long readyAt, long runMillis) {
        if (slotFreeAt.length == 0) {
            return readyAt;
        }
        int slot = 0;
        for (int i = 1; i < slotFreeAt.length; i++) {
            if (slotFreeAt[i] < slotFreeAt[slot]) {
                slot = i;
            }
        }
        long startsAt = Math.max(readyAt, slotFreeAt[slot]);
        slotFreeAt[slot] = startsAt + runMillis;
        return startsAt;
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    /** What {@link #delete} did. */
    public enum DeleteResult { DELETED, NOT_FOUND, NOT_FINISHED }
}
