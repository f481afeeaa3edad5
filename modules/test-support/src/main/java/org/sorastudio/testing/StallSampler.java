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

import java.awt.EventQueue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.swing.SwingUtilities;

/**
 * A benchmark's profile of EDT stalls: a daemon thread posts a tick to the EDT every few milliseconds and, while a
 * tick waits longer than {@link #LATE_MS}, samples the EDT's stack every {@link #SAMPLE_MS} ms. {@link #report} prints
 * where the EDT was during late ticks, grouped by their innermost frames outside the JDK's collections and
 * language classes, so a figure over its goal comes with the code that caused it. Off unless asked for
 * ({@value #PROPERTY}{@code =true}): each sample stops the JVM at a safepoint, which lengthens the stall it samples.
 */
public final class StallSampler implements AutoCloseable {

    /** The system property that turns sampling on. */
    public static final String PROPERTY = "bench.profile";
    private static final long LATE_MS = 30;
    private static final long SAMPLE_MS = 5;
    private static final int FRAMES = 12;

    private final Map<String, Integer> samples = new HashMap<>();
    private final AtomicLong postedAt = new AtomicLong();
    private final Thread thread;
    private volatile boolean running;
    private Thread edt;

    /** A sampler running until closed when the system property {@value #PROPERTY} is {@code true}, else one that does nothing. */
    public static StallSampler startIfAsked() throws Exception {
        return new StallSampler(Boolean.getBoolean(PROPERTY));
    }

    private StallSampler(boolean sampling) throws Exception {
        SwingUtilities.invokeAndWait(() -> edt = Thread.currentThread());
        running = sampling;
        thread = new Thread(this::run, "edt-stall-sampler");
        thread.setDaemon(true);
        if (sampling) {
            thread.start();
        }
    }

    private void run() {
        while (running) {
            long posted = System.nanoTime();
            postedAt.set(posted);
            EventQueue.invokeLater(() -> postedAt.compareAndSet(posted, 0));
            try {
                Thread.sleep(SAMPLE_MS);
                while (running && postedAt.get() == posted) {
                    if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - posted) > LATE_MS) {
                        sample();
                    }
                    Thread.sleep(SAMPLE_MS);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        String stack = Arrays.stream(edt.getStackTrace())
                .filter(frame -> !frame.getClassName().startsWith("java.util.") && !frame.getClassName().startsWith("java.lang."))
                .limit(FRAMES).map(StackTraceElement::toString)
                .collect(Collectors.joining("\n      "));
        synchronized (samples) {
            samples.merge(stack, 1, Integer::sum);
        }
    }

    /** Prints the most frequent EDT stacks seen while a tick was late, each with its share of the samples. */
    public void report(String title) {
        if (!thread.isAlive()) {
            return;
        }
        synchronized (samples) {
            int total = samples.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf(Locale.ROOT, "EDT stall profile, %s: %d samples of %d ms while a tick was over %d ms late%n",
                    title, total, SAMPLE_MS, LATE_MS);
            samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                    .forEach(entry -> System.out.printf(Locale.ROOT, "  %d samples:%n      %s%n", entry.getValue(), entry.getKey()));
            samples.clear();
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread.isAlive()) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
