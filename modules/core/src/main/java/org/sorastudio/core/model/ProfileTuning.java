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
package org.sorastudio.core.model;

/**
 * How the studio and the CLI pace one profile's server: a gateway with a small quota wants fewer jobs at once and
 * patient retries, OpenAI itself more. Stored with the profile; a settings file from before it existed loads with
 * {@link #DEFAULTS}.
 *
 * @param parallelJobs     jobs of this profile rendering at once; 0 uses the studio's "parallel jobs" setting
 * @param retries          retries of a failed request after the first attempt; 0 retries nothing
 * @param baseDelayMillis  wait before the first retry (doubled each time, before jitter)
 * @param maxDelayMillis   longest single wait between retries (a server's retry-after may be longer)
 * @param jitterPercent    how much of each wait is random, 0 (fixed waits) to 100 (anywhere from 0 to the wait)
 * @param pollSeconds      the shortest wait between two status checks of one of this profile's jobs, for a gateway that
 *                         counts every request against a small quota; 0 (also what a settings file from before it
 *                         existed gives) leaves the queue's adaptive timing alone
 */
public record ProfileTuning(int parallelJobs, int retries, long baseDelayMillis, long maxDelayMillis, int jitterPercent,
        int pollSeconds) {

    /** What every profile had before profiles could be tuned: the client's own retry defaults, the queue's polling. */
    public static final ProfileTuning DEFAULTS = new ProfileTuning(0, 5, 500, 8000, 100, 0);
    /** The most jobs one profile may run at once. */
    public static final int MAX_PARALLEL_JOBS = 16;
    /** The most retries one request may make. */
    public static final int MAX_RETRIES = 10;
    /** The longest wait between status checks a profile may ask for. */
    public static final int MAX_POLL_SECONDS = 600;

    public ProfileTuning {
        if (parallelJobs < 0 || parallelJobs > MAX_PARALLEL_JOBS) {
            throw new IllegalArgumentException("Parallel jobs must be 0 (the studio's setting) to " + MAX_PARALLEL_JOBS
                    + ", not " + parallelJobs + ".");
        }
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("Retries must be 0 to " + MAX_RETRIES + ", not " + retries + ".");
        }
        if (baseDelayMillis < 0 || maxDelayMillis < baseDelayMillis) {
            throw new IllegalArgumentException("The retry delays must be 0 or more, and the maximum at least the base delay ("
                    + baseDelayMillis + " ms, " + maxDelayMillis + " ms).");
        }
        if (jitterPercent < 0 || jitterPercent > 100) {
            throw new IllegalArgumentException("Jitter must be 0 to 100 %, not " + jitterPercent + ".");
        }
        if (pollSeconds < 0 || pollSeconds > MAX_POLL_SECONDS) {
            throw new IllegalArgumentException("The wait between status checks must be 0 (the queue's own timing) to "
                    + MAX_POLL_SECONDS + " s, not " + pollSeconds + ".");
        }
    }

    /** Tuning with the queue's own polling. */
    public ProfileTuning(int parallelJobs, int retries, long baseDelayMillis, long maxDelayMillis, int jitterPercent) {
        this(parallelJobs, retries, baseDelayMillis, maxDelayMillis, jitterPercent, 0);
    }

    /** The jobs this profile runs at once, given the studio's setting. */
    public int parallelJobsOr(int studioSetting) {
        return parallelJobs == 0 ? studioSetting : parallelJobs;
    }
}
