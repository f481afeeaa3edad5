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

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.sorastudio.core.model.Settings;

/**
 * How a queue runs.
 *
 * @param parallelJobs    jobs the server works on at once (submitting or in progress)
 * @param maxWait         a job not finished this long after it was submitted fails
 * @param outputDirectory where clips, thumbnails and sidecars go
 */
public record QueueOptions(int parallelJobs, Duration maxWait, Path outputDirectory) {

    public QueueOptions {
        if (parallelJobs < 1) {
            throw new IllegalArgumentException("parallel jobs must be at least 1, was " + parallelJobs);
        }
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
    }

    /** The studio's settings (parallel jobs: the active profile's own, if it has one), with clips going to {@code outputDirectory}. */
    public static QueueOptions of(Settings settings, Path outputDirectory) {
        return new QueueOptions(settings.parallelJobsFor(settings.activeProfile()), Duration.ofMinutes(settings.maxWaitMinutes()),
                outputDirectory);
    }

    public QueueOptions withParallelJobs(int value) {
        return new QueueOptions(value, maxWait, outputDirectory);
    }

    public QueueOptions withMaxWait(Duration value) {
        return new QueueOptions(parallelJobs, value, outputDirectory);
    }
}
