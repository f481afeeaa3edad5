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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A parsed {@code multipart/form-data} body (RFC 7578). Malformed bodies become a 400 {@link ApiError}. */
final class MultipartForm {

    /**
     * One form field.
     *
     * @param name        the field name
     * @param filename    the uploaded file's name, or null for a plain field
     * @param contentType the part's content type, or null
     * @param content     the raw bytes
     */
    record Part(String name, String filename, String contentType, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private final List<Part> parts;

    private MultipartForm(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    List<Part> parts() {
        return parts;
    }

    /** Parses a body sent with the given {@code Content-Type} header. */
    static MultipartForm parse(String contentType, byte[] body) {
        String boundary = parameter(contentType, "boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw malformed("the Content-Type header has no boundary");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw malformed("the body does not contain the boundary");
        }
        position += delimiter.length;
        List<Part> parts = new ArrayList<>();
        while (true) {
            if (startsWith(body, position, new byte[]{'-', '-'})) {
                return new MultipartForm(parts);
            }
            if (!startsWith(body, position, CRLF)) {
                throw malformed("a boundary is not followed by a line break");
            }
            int headersStart = position + CRLF.length;
            int headersEnd = indexOf(body, HEADER_END, headersStart);
            if (headersEnd < 0) {
                throw malformed("part " + (parts.size() + 1) + " has no end of headers");
            }
            int contentStart = headersEnd + HEADER_END.length;
            int contentEnd = indexOf(body, nextDelimiter, contentStart);
            if (contentEnd < 0) {
                throw malformed("part " + (parts.size() + 1) + " is not closed by a boundary");
            }
            Map<String, String> headers = headers(new String(body, headersStart, headersEnd - headersStart,
                    StandardCharsets.UTF_8));
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd), parts.size() + 1));
            position = contentEnd + nextDelimiter.length;
        }
    }

    private static Part part(Map<String, String> headers, byte[] content, int number) {
        String disposition = headers.get("content-disposition");
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
            throw malformed("part " + number + " has no Content-Disposition: form-data header");
        }
        String name = parameter(disposition, "name");
        if (name == null) {
            throw malformed("part " + number + " has no field name");
        }
        return new Part(name, parameter(disposition, "filename"), headers.get("content-type"), content);
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    /** A {@code name=value} or {@code name="value"} parameter of a header value, or null. */
    static String parameter(String headerValue, String name) {
        if (headerValue == null) {
            return null;
        }
        for (String piece : splitParameters(headerValue)) {
            int equals = piece.indexOf('=');
            if (equals > 0 && piece.substring(0, equals).trim().equalsIgnoreCase(name)) {
                String value = piece.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
                }
                return value;
            }
        }
        return null;
    }

    /** Splits on semicolons outside quotes. */
    private static List<String> splitParameters(String headerValue) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < headerValue.length(); i++) {
            char c = headerValue.charAt(i);
            if (c == '"' && (i == 0 || headerValue.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (offset + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        for (int i = from; i <= data.length - pattern.length; i++) {
            if (startsWith(data, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static ApiError malformed(String problem) {
        return ApiError.invalidRequest("Could not parse the multipart form: " + problem + ".", null, null);
    }
}
