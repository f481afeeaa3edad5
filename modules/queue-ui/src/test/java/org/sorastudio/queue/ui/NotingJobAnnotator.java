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
package org.sorastudio.queue.ui;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.spi.JobAnnotator;

/** Test stand-in for a module that notes jobs (post-processing): the notes a test puts here, by job id. */
@ServiceProvider(service = JobAnnotator.class)
public final class NotingJobAnnotator implements JobAnnotator {

    static final Map<String, Annotation> NOTES = new ConcurrentHashMap<>();
    static final AtomicLong REVISION = new AtomicLong();

    static void note(String jobId, Annotation note) {
        if (note == null) {
            NOTES.remove(jobId);
        } else {
            NOTES.put(jobId, note);
        }
        REVISION.incrementAndGet();
    }

    @Override
    public Optional<Annotation> annotation(String jobId) {
        return Optional.ofNullable(NOTES.get(jobId));
    }

    @Override
    public long revision() {
        return REVISION.get();
    }
}
