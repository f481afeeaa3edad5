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
package org.sorastudio.templates.csv;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The text encodings a CSV file can be read in, as offered to the user. */
public enum CsvEncoding {
    UTF_8(StandardCharsets.UTF_8, "UTF-8", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    UTF_16LE(StandardCharsets.UTF_16LE, "UTF-16 little-endian", new byte[]{(byte) 0xFF, (byte) 0xFE}),
    UTF_16BE(StandardCharsets.UTF_16BE, "UTF-16 big-endian", new byte[]{(byte) 0xFE, (byte) 0xFF}),
    WINDOWS_1252(Charset.forName("windows-1252"), "Windows-1252 (Western European)", new byte[0]);

    private final Charset charset;
    private final String label;
    private final byte[] byteOrderMark;

    CsvEncoding(Charset charset, String label, byte[] byteOrderMark) {
        this.charset = charset;
        this.label = label;
        this.byteOrderMark = byteOrderMark;
    }

    public Charset charset() {
        return charset;
    }

    /** A name to show the user. */
    public String label() {
        return label;
    }

    /** The byte order mark this encoding may start with; it is skipped when present. */
    byte[] byteOrderMark() {
        return byteOrderMark.clone();
    }

    /**
     * A decoder that fails on bytes that are not valid in this encoding, so that a file in the wrong
     * encoding is reported instead of turned into garbage. Windows-1252 accepts every byte.
     */
    CharsetDecoder strictDecoder() {
        CodingErrorAction action = this == WINDOWS_1252 ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT;
        return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    }

    @Override
    public String toString() {
        return label;
    }
}
