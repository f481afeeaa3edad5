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
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The EDT's delays, as {@code EdtProbe} measures them (a task posted every few milliseconds: how long until it
 * starts), each late one taken apart: how much of it the EDT spent waiting for a CPU while runnable (Linux's
 * {@code /proc/self/task/TID/schedstat} of the EDT's thread), how much the JVM spent in garbage collection pauses, and
 * how much the EDT was running (its own work: painting, the table's batches). Where the schedstat is not readable, the
 * CPU figures are 0. {@link EdtProbe} is the plain delays; this is for benchmarks that ask where the time went. The
 * delays can be read while the probe runs on another thread ({@link #delaysSoFar()}), to take a part of a run apart.
 */
public final class EdtStalls {

    /** A delay above this is a stall worth taking apart. */
    public static final long LATE_MS = 30;

    private final List<Long> delays = Collections.synchronizedList(new ArrayList<>());
    private long stallMs;
    private long waitingMs;
    private long runningMs;
    private long gcMs;
    private long worst;
    private String worstParts = "none";

    /** Probes every {@code intervalMillis} until {@code stop} or {@code maxMillis} have passed. */
    public static EdtStalls probe(BooleanSupplier stop, long maxMillis, long intervalMillis)
            throws InterruptedException, InvocationTargetException {
        EdtStalls stalls = new EdtStalls();
        stalls.run(stop, maxMillis, intervalMillis);
        return stalls;
    }

    /** Probes on the calling thread every {@code intervalMillis} until {@code stop} or {@code maxMillis} have passed. */
    public void run(BooleanSupplier stop, long maxMillis, long intervalMillis) throws InterruptedException, InvocationTargetException {
        Path edt = edtSchedstat();
        long end = System.currentTimeMillis() + maxMillis;
        long[] started = new long[1];
        while (!stop.getAsBoolean() && System.currentTimeMillis() < end) {
            long[] before = schedstat(edt);
            long gcBefore = gcMillis();
            long asked = System.nanoTime();
            EventQueue.invokeAndWait(() -> started[0] = System.nanoTime());
            long delay = TimeUnit.NANOSECONDS.toMillis(started[0] - asked);
            delays.add(delay);
            if (delay > LATE_MS) {
                long[] after = schedstat(edt);
                late(delay, (after[1] - before[1]) / 1_000_000, (after[0] - before[0]) / 1_000_000, gcMillis() - gcBefore);
            }
            Thread.sleep(intervalMillis);
        }
    }

    /** Every delay measured, in milliseconds, in order. */
    public List<Long> delays() {
        return delaysSoFar();
    }

    /** A copy of the delays measured until now, while the probe may still be running. */
    public List<Long> delaysSoFar() {
        synchronized (delays) {
            return new ArrayList<>(delays);
        }
    }

    private synchronized void late(long delay, long waiting, long running, long gc) {
        stallMs += delay;
        waitingMs += waiting;
        runningMs += running;
        gcMs += gc;
        if (delay > worst) {
            worst = delay;
            worstParts = String.format(Locale.ROOT, "%d ms: %d waiting for a CPU, %d in GC pauses, %d running", delay, waiting, gc,
                    running);
        }
    }

    /** One line: how many stalls, their total, and what they were made of (the parts may overlap or leave a rest). */
    public synchronized String summary() {
        long count = delaysSoFar().stream().filter(delay -> delay > LATE_MS).count();
        return String.format(Locale.ROOT, "%d delays over %d ms, %d ms in all: the EDT was waiting for a CPU %d ms, in GC pauses %d ms, "
                + "running %d ms; the longest %s", count, LATE_MS, stallMs, waitingMs, gcMs, runningMs, worstParts);
    }

    /** Share of the stalls' time the runnable EDT waited for a CPU, in percent (0 when there were none). */
    public synchronized long waitingPercent() {
        return stallMs == 0 ? 0 : Math.round(100.0 * waitingMs / stallMs);
    }

    public synchronized long gcPercent() {
        return stallMs == 0 ? 0 : Math.round(100.0 * gcMs / stallMs);
    }

    public synchronized long runningPercent() {
        return stallMs == 0 ? 0 : Math.round(100.0 * runningMs / stallMs);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    /** The EDT's {@code schedstat} (the JVM names native threads after Java threads, cut to 15 characters), or null. */
    private static Path edtSchedstat() throws InterruptedException, InvocationTargetException {
        String[] name = new String[1];
        EventQueue.invokeAndWait(() -> name[0] = Thread.currentThread().getName());
        String native15 = name[0].substring(0, Math.min(15, name[0].length()));
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(task -> native15.equals(read(task.resolve("comm")))).map(task -> task.resolve("schedstat"))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Nanoseconds on a CPU and waiting for one, of the thread; zeros when unknown. */
    private static long[] schedstat(Path file) {
        String text = file == null ? null : read(file);
        if (text == null) {
            return new long[2];
        }
        String[] fields = text.split(" ");
        return new long[]{Long.parseLong(fields[0]), Long.parseLong(fields[1])};
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return null;
        }
    }
}
