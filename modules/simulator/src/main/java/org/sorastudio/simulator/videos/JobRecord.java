package org.sorastudio.simulator.videos;

/** One entry of a {@link JobLog}: a job was accepted, or a finished one was deleted. */
public sealed interface JobRecord {

    /**
     * @param job   the job with its whole timeline
     * @param keyId who created it ({@link VideoStore#keyId}), so per-key quotas survive a restart
     */
    record Accepted(VideoJob job, String keyId) implements JobRecord {
    }

    record Deleted(String id) implements JobRecord {
    }
}
