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
package org.sorastudio.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sorastudio.core.model.FailureAdvice;
import org.sorastudio.queue.api.Job;
import org.sorastudio.queue.api.JobState;
import org.sorastudio.queue.api.QueueStats;

/** How jobs and runs are put in words, the same for every reporter. */
final class JobText {

    private JobText() {
    }

    /** The shot a job renders, or its queue id for a job without one. */
    static String name(Job job) {
        return job.spec().shotId() != null ? job.spec().shotId() : job.id();
    }

    static String state(JobState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Why a job failed, with the request id of its last request that mattered. */
    static String failure(Job job) {
        String reason = job.transitions().isEmpty() ? "" : job.transitions().get(job.transitions().size() - 1).reason();
        if (reason.isBlank()) {
            reason = job.statusText() == null ? "no reason given" : job.statusText();
        }
        StringBuilder text = new StringBuilder("shot ").append(name(job)).append(' ').append(state(job.state())).append(": ")
                .append(reason);
        if (job.videoId() != null && !reason.contains(job.videoId())) {
            text.append(" (video ").append(job.videoId()).append(')');
        }
        List<String> ids = job.requestIds();
        if (!ids.isEmpty()) {
            text.append(" [request id ").append(ids.get(ids.size() - 1)).append(']');
        }
        return text.toString();
    }

    /** What to do about a failed job, when the queue recorded why it failed. */
    static Optional<String> nextStep(Job job) {
        return job.failed().map(FailureAdvice::nextStep);
    }

    static String summary(QueueStats stats) {
        return stats.completed() + " completed, " + stats.failed() + " failed, " + stats.cancelled() + " cancelled, "
                + (stats.unconfirmed() > 0 ? stats.unconfirmed() + " unconfirmed, " : "")
                + stats.unfinished() + " unfinished of " + stats.total() + " jobs";
    }

    static String duration(Duration duration) {
        if (duration == null) {
            return "--:--";
        }
        long seconds = Math.max(0, duration.toSeconds());
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
