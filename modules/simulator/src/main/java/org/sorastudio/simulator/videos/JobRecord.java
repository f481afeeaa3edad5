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
