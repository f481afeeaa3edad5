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
package org.sorastudio.queue.impl;

import java.nio.file.Path;
import java.time.Duration;
import org.sorastudio.queue.api.QueueOptions;
import org.sorastudio.queue.api.RenderQueue;

/**
 * The process {@link ClearCrashTest} kills: opens a (paused) journal full of finished jobs, clears them, which
 * rewrites the journal without them, and closes the queue. Arguments: {@code JOURNAL CLIPS_FOLDER}.
 */
public final class ClearWorkerMain {

    private ClearWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        RenderQueue queue = RenderQueue.open(Path.of(args[0]), new QueueOptions(2, Duration.ofMinutes(5), Path.of(args[1])),
                SimulatorFixture.provider(null));
        queue.clearFinished();
        queue.shutdown(Duration.ofSeconds(10));
        System.out.println("CLEARED");
        System.exit(0);
    }
}
