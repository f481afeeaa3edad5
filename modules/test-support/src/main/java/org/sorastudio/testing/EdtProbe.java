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
package org.sorastudio.testing;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * How long the event dispatch thread keeps a tiny task waiting, asked every few milliseconds: the
 * benchmarks' measure of a window that stalls. Delays are in milliseconds.
 */
public final class EdtProbe {

    private EdtProbe() {
    }

    /**
     * Delays between asking the EDT to run a task and the task starting, every {@code intervalMillis}, until
     * {@code stop} or the time is up: how long an input event posted then would have waited. The time is taken on the
     * EDT, so the probe thread's own wait for a CPU after the task ran is not counted as the EDT's.
     */
    public static List<Long> probe(BooleanSupplier stop, long maxMillis, long intervalMillis)
            throws InterruptedException, InvocationTargetException {
        return EdtStalls.probe(stop, maxMillis, intervalMillis).delays();
    }

    /** The {@code percentile}th of {@code values} (nearest rank), 0 for none. */
    public static long percentile(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    public static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
