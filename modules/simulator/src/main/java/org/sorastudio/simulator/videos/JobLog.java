package org.sorastudio.simulator.videos;

import java.io.IOException;
import java.util.List;

/** Where a {@link VideoStore} keeps the record of its jobs, so that a later run can take over. */
public interface JobLog {

    /** Keeps nothing: jobs live as long as their store. */
    JobLog IN_MEMORY = new JobLog() {
        @Override
        public List<JobRecord> history() {
            return List.of();
        }

        @Override
        public void append(JobRecord record) {
            // nothing to keep
        }
    };

    /** The records earlier runs appended, oldest first. */
    List<JobRecord> history();

    /** Makes {@code record} durable before returning: the caller acknowledges it to a client next. */
    void append(JobRecord record) throws IOException;
}
