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

/**
 * Told about queue changes, in order, on the queue's event thread (never on a worker that holds a
 * lock). Implementations must return quickly; a UI hands the event to its own thread.
 */
public interface QueueListener {

    /** A job was added or changed. */
    default void jobChanged(Job job) {
    }

    /** The order of the jobs changed (added, moved or removed jobs): every job id, in queue order. */
    default void orderChanged(List<String> jobIds) {
    }

    default void statsChanged(QueueStats stats) {
    }
}
