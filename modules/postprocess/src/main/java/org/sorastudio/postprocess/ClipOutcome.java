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
package org.sorastudio.postprocess;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a clip's post-processing stands: every step run so far and, once done, whether all succeeded. A failed chain
 * stops at its first failed step (later steps may need its file); the clip itself is always left alone.
 *
 * @param jobId    the queue's id of the job that made the clip
 * @param clip     the clip
 * @param status   where it stands
 * @param steps    the steps run so far, in order
 * @param reason   for a failed chain: which step and why, for a person; else empty
 * @param restored read back from the clip's sidecar (it finished in an earlier session and was told then)
 */
public record ClipOutcome(String jobId, Path clip, Status status, List<StepResult> steps, String reason, boolean restored) {

    public ClipOutcome {
        steps = List.copyOf(steps);
        reason = reason == null ? "" : reason;
    }

    /** An outcome of this session. */
    public ClipOutcome(String jobId, Path clip, Status status, List<StepResult> steps, String reason) {
        this(jobId, clip, status, steps, reason, false);
    }

    /** Where a clip's post-processing stands. */
    public enum Status {
        /** Waiting for a free hook thread. */
        QUEUED,
        RUNNING,
        SUCCEEDED,
        /** "Post-processing failed": a step failed; {@link PostProcessor#retry} runs it and the steps after it again. */
        FAILED,
        /**
         * Read back from a sidecar whose chain had not finished when the studio (or the CLI) stopped or was killed: the
         * steps recorded as succeeded are kept, the one that was running may have left a half-written file. A processor
         * with steps runs the rest again at once; with none enabled it stays marked, and {@link PostProcessor#retry} runs
         * it.
         */
        INTERRUPTED
    }

    /** Whether the chain has ended (succeeded or failed); an interrupted one has not. */
    public boolean finished() {
        return status == Status.SUCCEEDED || status == Status.FAILED;
    }

    /** The line a list shows, e.g. "post-processing failed: Make GIF: exited with status 1: ...". */
    public String statusText() {
        return switch (status) {
            case QUEUED -> "post-processing queued";
            case RUNNING -> "post-processing (" + count(steps.size()) + " done)";
            case SUCCEEDED -> "post-processed (" + count(steps.size()) + ")";
            case FAILED -> "post-processing failed: " + reason;
            case INTERRUPTED -> "post-processing interrupted: " + reason;
        };
    }

    private static String count(int steps) {
        return steps == 1 ? "1 step" : steps + " steps";
    }
}
