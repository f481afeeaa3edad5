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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sorastudio.queue.api.JobSpec;

/**
 * How long jobs took from submission to completion, learned from finished jobs as moving averages: per
 * (profile, model, size, seconds), and per (profile, model) as a fixed part plus a time per video second, so a
 * 12-second job is planned from the 4-second ones that finished before it. The next similar job's polls are
 * planned from it before it shows progress.
 */
final class RenderTimes {

    private static final double WEIGHT = 0.3;

    private final Map<String, Double> millisByKind = new ConcurrentHashMap<>();
    private final Map<String, Double> millisPerSecondByModel = new ConcurrentHashMap<>();
    private final Map<String, Double> millisByProfile = new ConcurrentHashMap<>();

    void record(JobSpec spec, Duration took) {
        double millis = took.toMillis();
        millisByKind.merge(kind(spec), millis, RenderTimes::average);
        if (spec.seconds() > 0) {
            millisPerSecondByModel.merge(spec.profile() + '|' + spec.model(), millis / spec.seconds(), RenderTimes::average);
        }
        millisByProfile.merge(spec.profile(), millis, RenderTimes::average);
    }

    /** The expected duration of such a job, or {@code null} when nothing similar finished yet. */
    Duration expected(JobSpec spec) {
        Double millis = millisByKind.get(kind(spec));
        if (millis == null && spec.seconds() > 0) {
            Double perSecond = millisPerSecondByModel.get(spec.profile() + '|' + spec.model());
            millis = perSecond == null ? null : perSecond * spec.seconds();
        }
        if (millis == null) {
            millis = millisByProfile.get(spec.profile());
        }
        return millis == null ? null : Duration.ofMillis(millis.longValue());
    }

    private static String kind(JobSpec spec) {
        return spec.profile() + '|' + spec.model() + '|' + spec.size() + '|' + spec.seconds();
    }

    private static double average(double old, double sample) {
        return old + WEIGHT * (sample - old);
    }
}
