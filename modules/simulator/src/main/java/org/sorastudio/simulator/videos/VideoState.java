package org.sorastudio.simulator.videos;

/**
 * A job's state at one instant.
 *
 * @param status      lifecycle state
 * @param progress    0..100
 * @param completedAt unix seconds, or null while not completed
 * @param expiresAt   unix seconds when the assets expire, or null
 * @param failure     why it failed, or null
 */
public record VideoState(VideoStatus status, int progress, Long completedAt, Long expiresAt, JobOutcome failure) {

    static VideoState waiting(VideoStatus status, int progress) {
        return new VideoState(status, progress, null, null, null);
    }

    static VideoState stuck() {
        return new VideoState(VideoStatus.IN_PROGRESS, 99, null, null, null);
    }

    static VideoState failed(int progress, JobOutcome outcome) {
        return new VideoState(VideoStatus.FAILED, progress, null, null, outcome);
    }

    static VideoState completed(long completedAt, long expiresAt) {
        return new VideoState(VideoStatus.COMPLETED, 100, completedAt, expiresAt, null);
    }
}
