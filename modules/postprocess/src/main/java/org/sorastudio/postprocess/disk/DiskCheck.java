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
package org.sorastudio.postprocess.disk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.sorastudio.core.model.PostProcessingSettings;
import org.sorastudio.queue.api.JobSpec;

/**
 * The check before a batch is sent, shared by the studio and the CLI: the batch's estimated size against the output
 * folder's free space and the threshold from the settings. Reads the disk; call it off the event thread.
 */
public final class DiskCheck {

    private final FreeSpace freeSpace;
    private final ClipSizeEstimator estimator;

    public DiskCheck(FreeSpace freeSpace, ClipSizeEstimator estimator) {
        this.freeSpace = freeSpace;
        this.estimator = estimator;
    }

    /** The bytes {@code jobs} are expected to take. */
    public long needed(Collection<JobSpec> jobs) {
        return jobs.stream().mapToLong(job -> estimator.estimate(job.model(), job.size(), job.seconds())).sum();
    }

    public DiskVerdict check(Path folder, Collection<JobSpec> jobs, PostProcessingSettings settings) {
        return check(folder, needed(jobs), settings.freeSpaceThresholdMb() * 1_000_000L);
    }

    public DiskVerdict check(Path folder, long needed, long threshold) {
        String problem = writableProblem(folder);
        long free;
        try {
            free = freeSpace.usableBytes(folder);
        } catch (IOException e) {
            free = -1;
        }
        return new DiskVerdict(folder, needed, free, threshold, problem);
    }

    /** Why clips cannot go into {@code folder}: it is a file, or it exists and cannot be written. Empty when they can. */
    static String writableProblem(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return "The output folder " + folder + " is a file, not a folder.";
        }
        if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
            return "The output folder " + folder + " cannot be written to (read-only). Choose another folder.";
        }
        return "";
    }
}
