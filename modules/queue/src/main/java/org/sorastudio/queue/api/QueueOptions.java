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
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sorastudio.core.model.Profile;
import org.sorastudio.core.model.Settings;

/**
 * How a queue runs.
 *
 * @param parallelJobs    jobs the server works on at once (submitting or in progress)
 * @param maxWait         a job not finished this long after it was submitted fails
 * @param outputDirectory where clips, thumbnails and sidecars go
 * @param pollIntervals   per profile name, the shortest wait between two status checks of one of its jobs (its tuning's
 *                        {@code pollSeconds}); a profile not in it is polled on the queue's adaptive timing alone
 */
public record QueueOptions(int parallelJobs, Duration maxWait, Path outputDirectory, Map<String, Duration> pollIntervals) {

    public QueueOptions {
        if (parallelJobs < 1) {
            throw new IllegalArgumentException("parallel jobs must be at least 1, was " + parallelJobs);
        }
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        pollIntervals = pollIntervals == null ? Map.of() : Map.copyOf(pollIntervals);
    }

    /** Options that poll every profile on the queue's own timing. */
    public QueueOptions(int parallelJobs, Duration maxWait, Path outputDirectory) {
        this(parallelJobs, maxWait, outputDirectory, Map.of());
    }

    /**
     * The studio's settings (parallel jobs: the active profile's own, if it has one; each profile's polling), with clips
     * going to {@code outputDirectory}.
     */
    public static QueueOptions of(Settings settings, Path outputDirectory) {
        return new QueueOptions(settings.parallelJobsFor(settings.activeProfile()), Duration.ofMinutes(settings.maxWaitMinutes()),
                outputDirectory, pollIntervals(settings));
    }

    /** Each profile of {@code settings} that asks for a shortest wait between status checks, with that wait. */
    public static Map<String, Duration> pollIntervals(Settings settings) {
        return settings.profiles().stream().filter(profile -> profile.tuning().pollSeconds() > 0)
                .collect(Collectors.toMap(Profile::name, profile -> Duration.ofSeconds(profile.tuning().pollSeconds()), (a, b) -> a));
    }

    /** The shortest wait between two status checks of a job of {@code profile}: zero when it leaves it to the queue. */
    public Duration pollIntervalFor(String profile) {
        return pollIntervals.getOrDefault(profile, Duration.ZERO);
    }

    public QueueOptions withParallelJobs(int value) {
        return new QueueOptions(value, maxWait, outputDirectory, pollIntervals);
    }

    public QueueOptions withMaxWait(Duration value) {
        return new QueueOptions(parallelJobs, value, outputDirectory, pollIntervals);
    }

    public QueueOptions withOutputDirectory(Path value) {
        return new QueueOptions(parallelJobs, maxWait, value, pollIntervals);
    }
}
