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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sorastudio.openai.Video;
import org.sorastudio.queue.api.JobSpec;

/**
 * Finds the server's video for each job whose create may or may not have gone through: same
 * prompt, model, size and seconds, created no earlier than the create was sent (less clock and
 * rounding slack) and not long after. Each video is given to one job at most; jobs sent earlier
 * choose first and take the earliest matching video, so identical shots pair up in order.
 */
final class Reconciler {

    /** created_at has whole seconds and the clocks may differ a little. */
    static final Duration EARLY_SLACK = Duration.ofSeconds(3);
    static final Duration LATE_LIMIT = Duration.ofMinutes(10);

    /** A job waiting to be matched. */
    record Unresolved(String jobId, JobSpec spec, Instant submittedAt) {
    }

    private Reconciler() {
    }

    /** The oldest creation time worth listing back to. */
    static Instant listBackTo(List<Unresolved> jobs) {
        return jobs.stream().map(Unresolved::submittedAt).min(Comparator.naturalOrder()).orElse(Instant.now())
                .minus(EARLY_SLACK);
    }

    /** Job id → its video, for the jobs that have one among {@code videos}. */
    static Map<String, Video> match(List<Unresolved> jobs, List<Video> videos, Set<String> claimedVideoIds) {
        List<Unresolved> ordered = new ArrayList<>(jobs);
        ordered.sort(Comparator.comparing(Unresolved::submittedAt));
        List<Video> byAge = new ArrayList<>(videos);
        byAge.sort(Comparator.comparing((Video v) -> v.createdAt() == null ? Instant.MAX : v.createdAt()));
        Set<String> taken = new HashSet<>(claimedVideoIds);
        Map<String, Video> matches = new LinkedHashMap<>();
        for (Unresolved job : ordered) {
            for (Video video : byAge) {
                if (!taken.contains(video.id()) && matches(job, video)) {
                    taken.add(video.id());
                    matches.put(job.jobId(), video);
                    break;
                }
            }
        }
        return matches;
    }

    /** Whether two jobs send the same create (a server could not tell their videos apart). */
    static boolean sameRequest(JobSpec a, JobSpec b) {
        return a.prompt().strip().equals(b.prompt().strip()) && Objects.equals(a.model(), b.model())
                && Objects.equals(a.size(), b.size()) && a.seconds() == b.seconds() && a.profile().equals(b.profile())
                && a.kind() == b.kind() && Objects.equals(a.sourceVideoId(), b.sourceVideoId());
    }

    static boolean matches(Unresolved job, Video video) {
        JobSpec spec = job.spec();
        return video.prompt() != null && video.prompt().strip().equals(spec.prompt().strip())
                && sameModel(spec.model(), video.model())
                && (spec.size() == null || spec.size().equalsIgnoreCase(String.valueOf(video.size())))
                // an extension's video reports the stitched length, not the segment's
                && (spec.seconds() <= 0 || spec.kind() == JobSpec.Kind.EXTEND || sameSeconds(spec.seconds(), video.seconds()))
                && Objects.equals(spec.remixOf(), video.remixedFromVideoId())
                && inTime(job.submittedAt(), video.createdAt());
    }

    private static boolean sameModel(String wanted, String reported) {
        if (wanted == null || reported == null) {
            return true;
        }
        String w = wanted.toLowerCase(Locale.ROOT);
        String r = reported.toLowerCase(Locale.ROOT);
        // a server may report the dated snapshot of the model that was asked for
        return r.equals(w) || r.startsWith(w + "-");
    }

    private static boolean sameSeconds(int wanted, String reported) {
        try {
            return reported != null && Double.parseDouble(reported) == wanted;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean inTime(Instant submittedAt, Instant createdAt) {
        if (createdAt == null || submittedAt == null) {
            return true;
        }
        return !createdAt.isBefore(submittedAt.minus(EARLY_SLACK)) && !createdAt.isAfter(submittedAt.plus(LATE_LIMIT));
    }
}
