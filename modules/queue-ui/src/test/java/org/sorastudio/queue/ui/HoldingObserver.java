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

import java.util.List;
import java.util.Optional;
import org.openide.util.lookup.ServiceProvider;
import org.sorastudio.core.model.Failure;
import org.sorastudio.queue.api.JobSpec;
import org.sorastudio.queue.api.QueueObserver;
import org.sorastudio.queue.api.RenderQueue;

/** Test-only stand-in for the prompt check: holds back any batch with a prompt that says {@link #HOLD}. */
@ServiceProvider(service = QueueObserver.class)
public final class HoldingObserver implements QueueObserver {

    static final String HOLD = "[hold me]";
    static final String WHY = "Held back by the test's prompt check.";

    @Override
    public void queueOpened(RenderQueue queue) {
        // follows nothing
    }

    @Override
    public Optional<Failure> holdBack(RenderQueue queue, List<JobSpec> jobs) {
        return jobs.stream().anyMatch(job -> job.prompt().contains(HOLD))
                ? Optional.of(Failure.of(Failure.Kind.MODERATION, WHY)) : Optional.empty();
    }
}
