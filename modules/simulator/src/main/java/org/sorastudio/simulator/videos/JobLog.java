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
