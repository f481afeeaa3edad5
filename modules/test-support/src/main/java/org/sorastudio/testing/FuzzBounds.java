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

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.function.Executable;

/**
 * The time and memory every fuzz try must stay within, in every module that fuzzes a reader.
 * <p>
 * Time: a reader given a few kilobytes answers in milliseconds, so {@link #TIME} is only there to turn a hang into a
 * failure that names the input. Memory: the bytes the try's thread allocates, counted by the JVM. A reader that
 * streams its input, or builds a tree of it, allocates a small multiple of the input plus fixed buffers; one that
 * allocates beyond {@link #FIXED_BYTES} + {@link #BYTES_PER_INPUT_BYTE} × the input's size is doing work that grows
 * with what the input <em>says</em> (an exponent, a count, a repeat) rather than with its size: the memory bomb this
 * bound is there to catch.
 */
public final class FuzzBounds {

    public static final Duration TIME = Duration.ofSeconds(10);
    public static final long FIXED_BYTES = 16L << 20;
    public static final long BYTES_PER_INPUT_BYTE = 200;

    private FuzzBounds() {
    }

    /** Runs {@code read} on a thread of its own, failing when it takes longer than {@link #TIME} or allocates too much. */
    public static void within(long inputSize, Executable read) {
        long[] allocated = new long[1];
        assertTimeoutPreemptively(TIME, () -> {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            read.execute();
            allocated[0] = threads.getCurrentThreadAllocatedBytes() - before;
        }, () -> "no answer within " + TIME.toSeconds() + " s for an input of " + inputSize + " bytes");
        long bound = FIXED_BYTES + BYTES_PER_INPUT_BYTE * inputSize;
        if (allocated[0] > bound) {
            fail(allocated[0] + " bytes allocated for an input of " + inputSize + " bytes; the bound is " + bound);
        }
    }
}
