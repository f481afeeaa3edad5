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
package org.sorastudio.diagnostics.capture;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Keeps the latest log records of the studio for the Logs window: a {@link Handler} with a bounded
 * buffer, so a busy queue costs a fixed amount of memory, and readers that take what is new since
 * the last line they have, in one piece, instead of one event per record.
 *
 * <p>Publishing is cheap and never blocks on a reader for longer than a copy of the new lines.
 * A failure is summarised (its type and message); its stack trace stays in {@code messages.log}.
 */
public final class LogCapture extends Handler {

    /** How many lines the studio keeps: a few hours of a busy queue. */
    public static final int DEFAULT_CAPACITY = 20_000;

    private static final LogCapture SHARED = new LogCapture(DEFAULT_CAPACITY);

    private final int capacity;
    private final ArrayDeque<LogLine> lines;
    private final SimpleFormatter formatter = new SimpleFormatter();
    private long nextSequence = 1;

    public LogCapture(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(Math.min(capacity, 1024));
        setLevel(Level.ALL);
    }

    /** The studio's capture, which the diagnostics module attaches to the studio's loggers at start. */
    public static LogCapture shared() {
        return SHARED;
    }

    public int capacity() {
        return capacity;
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        String text = formatter.formatMessage(record);
        if (record.getThrown() != null) {
            Throwable thrown = record.getThrown();
            text = (text == null || text.isEmpty() ? "" : text + ": ") + thrown.getClass().getSimpleName()
                    + (thrown.getMessage() == null ? "" : " " + thrown.getMessage());
        }
        Instant time = record.getInstant();
        synchronized (lines) {
            if (lines.size() == capacity) {
                lines.removeFirst();
            }
            lines.addLast(new LogLine(nextSequence++, time, record.getLevel(), LogLine.sourceOf(record.getLoggerName()),
                    text == null ? "" : text));
        }
    }

    /** Every line kept whose sequence is above {@code sequence}, oldest first (all of them for 0). */
    public List<LogLine> after(long sequence) {
        synchronized (lines) {
            int newer = 0;
            for (Iterator<LogLine> backwards = lines.descendingIterator(); backwards.hasNext() && backwards.next().sequence() > sequence;) {
                newer++;
            }
            List<LogLine> result = new ArrayList<>(newer);
            Iterator<LogLine> backwards = lines.descendingIterator();
            for (int i = 0; i < newer; i++) {
                result.add(backwards.next());
            }
            Collections.reverse(result);
            return result;
        }
    }

    /** Forgets every line kept; later lines still get higher sequences than any before. */
    public void clear() {
        synchronized (lines) {
            lines.clear();
        }
    }

    @Override
    public void flush() {
        // Nothing is buffered outside memory.
    }

    @Override
    public void close() {
        clear();
    }
}
