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
package org.sorastudio.queue.api;

import java.util.List;
import java.util.Optional;
import org.sorastudio.core.model.Failure;

/**
 * Extends the studio's render queue from an optional module (post-processing, notifications, disk space) without the
 * queue knowing about it. Register implementations with {@code @ServiceProvider}; the studio's queue service tells
 * every one it finds, and nobody when none is installed. Its currency is the {@link RenderQueue}, so it lives here and
 * not in core's SPI (like {@code openai.spi.ApiClientProvider}).
 */
public interface QueueObserver {

    /**
     * The studio opened {@code queue} (at start-up, or for another project); add listeners to it here. Called on the
     * queue service's thread; return quickly. A queue replaced by another is shut down and sends nothing more.
     */
    void queueOpened(RenderQueue queue);

    /**
     * Asked on the queue service's thread (never the event thread) before {@code jobs} are added to {@code queue}
     * from the Shot editor, the CSV wizard or another {@code GenerationQueue} caller. May ask the user and wait for
     * the answer; may pause the queue or change its options. Returning false drops the jobs (nothing is sent).
     */
    default boolean beforeEnqueue(RenderQueue queue, List<JobSpec> jobs) {
        return true;
    }

    /**
     * Like {@link #beforeEnqueue}, saying why the jobs are held back: the failure to show on each of them (nothing was
     * sent, nothing paid for), or empty to let them go. The queue service asks this one; an observer that can say why
     * overrides it, the others answer through {@code beforeEnqueue}.
     */
    default Optional<Failure> holdBack(RenderQueue queue, List<JobSpec> jobs) {
        return beforeEnqueue(queue, jobs) ? Optional.empty()
                : Optional.of(Failure.of(Failure.Kind.INVALID_INPUT, "Held back before sending."));
    }
}
