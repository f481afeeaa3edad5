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
package org.sorastudio.postprocess;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a process's output to its end keeping only its first {@value #HEAD} and last {@value #TAIL} bytes, so a step
 * printing 100 MB costs 32 KB of memory; the start says what the program is, the end why it stopped.
 */
final class BoundedOutput {

    static final int HEAD = 8 * 1024;
    static final int TAIL = 24 * 1024;
    /** The most characters {@link #text()} returns, beside the note on what was left out. */
    static final int LIMIT = HEAD + TAIL;
    /** The most of the last line a failure's message quotes. */
    static final int LAST_LINE_LIMIT = 200;

    private final byte[] head = new byte[HEAD];
    private final byte[] tail = new byte[TAIL];
    private int headLength;
    private long total;

    /** Reads {@code in} until its end (the process closed its output). */
    void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            append(buffer, read);
        }
    }

    private synchronized void append(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (headLength < HEAD) {
                head[headLength++] = buffer[i];
            } else {
                tail[(int) ((total - HEAD) % TAIL)] = buffer[i];
            }
            total++;
        }
    }

    synchronized long totalBytes() {
        return total;
    }

    /** What was kept, as text; a note in the middle says how much was left out. */
    synchronized String text() {
        String start = new String(head, 0, headLength, StandardCharsets.UTF_8);
        long tailBytes = total - headLength;
        if (tailBytes <= 0) {
            return start;
        }
        int kept = (int) Math.min(tailBytes, TAIL);
        byte[] end = new byte[kept];
        int first = (int) ((total - HEAD - kept) % TAIL);
        for (int i = 0; i < kept; i++) {
            end[i] = tail[(first + i) % TAIL];
        }
        long skipped = tailBytes - kept;
        String gap = skipped > 0 ? "\n[... " + skipped + " bytes of output left out ...]\n" : "";
        return start + gap + new String(end, StandardCharsets.UTF_8);
    }

    /** The last non-blank line, to quote in a one-line reason. */
    synchronized String lastLine() {
        String[] lines = text().strip().split("\\R");
        String last = lines.length == 0 ? "" : lines[lines.length - 1].strip();
        // it goes into a failure's message, a tooltip and a notification: a line a person reads, not 24 KB without a break
        return last.length() <= LAST_LINE_LIMIT ? last : "…" + last.substring(last.length() - LAST_LINE_LIMIT + 1);
    }
}
