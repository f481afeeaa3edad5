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
package org.sorastudio.simulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Streams a rendered file, honouring {@code Range: bytes=...} with 206 and {@code Content-Range}, and
 * cutting the connection partway through the first download of each content when configured to.
 */
final class ContentSender {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final long cutAfterBytes;
    private final Set<String> alreadyCut = ConcurrentHashMap.newKeySet();

    /** @param cutAfterBytes bytes sent before the first download of each content is cut; -1 never cuts */
    ContentSender(long cutAfterBytes) {
        this.cutAfterBytes = cutAfterBytes;
    }

    /**
     * Sends {@code file}.
     *
     * @param contentKey identifies the content (video and variant) for the once-per-content cut
     * @throws ConnectionCutException after a deliberate cut: the handler must let it escape so that the
     *                                server drops the connection
     */
    void send(ApiExchange exchange, String contentKey, Path file, String contentType) throws IOException {
        long length = Files.size(file);
        exchange.responseHeader("Accept-Ranges", "bytes");
        ByteRange range = ByteRange.parse(exchange.header("Range"), length);
        if (range == null) {
            exchange.responseHeader("Content-Range", "bytes */" + length);
            exchange.sendEmpty(416);
            return;
        }
        int status = range.partial() ? 206 : 200;
        if (range.partial()) {
            exchange.responseHeader("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + length);
        }
        long count = range.length();
        boolean cut = cutAfterBytes >= 0 && cutAfterBytes < count && alreadyCut.add(contentKey);
        OutputStream out = exchange.startBinary(status, contentType, count);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(range.first());
            copy(in, out, cut ? cutAfterBytes : count);
        }
        if (cut) {
            out.flush();
            throw new ConnectionCutException(contentKey + " cut after " + cutAfterBytes + " of " + count + " bytes");
        }
        out.close();
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("file ended " + left + " bytes early");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    /** A deliberate mid-download disconnect. */
    static final class ConnectionCutException extends IOException {
        ConnectionCutException(String message) {
            super(message);
        }
    }

    /**
     * The bytes {@code first..last} (inclusive) to send.
     *
     * @param partial whether a Range header asked for them
     */
    record ByteRange(long first, long last, boolean partial) {

        long length() {
            return last - first + 1;
        }

        /**
         * The range a {@code Range} header asks for: the whole file when there is no header or one this does
         * not handle (several ranges, other units), null when it cannot be satisfied.
         */
        static ByteRange parse(String header, long length) {
            ByteRange whole = new ByteRange(0, length - 1, false);
            if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
                return whole;
            }
            String spec = header.substring("bytes=".length()).trim();
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return whole;
            }
            try {
                String start = spec.substring(0, dash).trim();
                String end = spec.substring(dash + 1).trim();
                if (start.isEmpty()) {
                    long suffix = Long.parseLong(end);
                    return suffix <= 0 ? null : new ByteRange(Math.max(0, length - suffix), length - 1, true);
                }
                long first = Long.parseLong(start);
                long last = end.isEmpty() ? length - 1 : Math.min(Long.parseLong(end), length - 1);
                return first >= length || last < first ? null : new ByteRange(first, last, true);
            } catch (NumberFormatException e) {
                return whole;
            }
        }
    }
}
