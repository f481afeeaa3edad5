package org.sorastudio.queue.impl;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long jobs took from submission to completion, learned per (profile, model, size, seconds)
 * as a moving average, so the next similar job's polls can be planned before it shows progress.
 */
final class RenderTimes {

    private static final double WEIGHT = 0.3;

    private final Map<String, Double> millisByKind = new ConcurrentHashMap<>();
    private final Map<String, Double> millisByProfile = new ConcurrentHashMap<>();

    void record(String profile, String kind, Duration took) {
        double millis = took.toMillis();
        millisByKind.merge(profile + '|' + kind, millis, RenderTimes::average);
        millisByProfile.merge(profile, millis, RenderTimes::average);
    }

    /** The expected duration of such a job, or {@code null} when nothing similar finished yet. */
    Duration expected(String profile, String kind) {
        Double millis = millisByKind.get(profile + '|' + kind);
        if (millis == null) {
            millis = millisByProfile.get(profile);
        }
        return millis == null ? null : Duration.ofMillis(millis.longValue());
    }

    private static double average(double old, double sample) {
        return old + WEIGHT * (sample - old);
    }
}
