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

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Guesses a CSV file's encoding from its first bytes. */
final class EncodingSniffer {

    record Result(CsvEncoding encoding, boolean byteOrderMark, String reason) {
    }

    private EncodingSniffer() {
    }

    /**
     * @param sample   the file's first bytes
     * @param complete whether the sample is the whole file (else a multi-byte character cut at its
     *                 end is not an error)
     */
    static Result sniff(byte[] sample, boolean complete) {
        for (CsvEncoding encoding : CsvEncoding.values()) {
            byte[] mark = encoding.byteOrderMark();
            if (mark.length > 0 && startsWith(sample, mark)) {
                return new Result(encoding, true, encoding.label() + ": the file starts with its byte order mark.");
            }
        }
        Result utf16 = utf16WithoutMark(sample);
        if (utf16 != null) {
            return utf16;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(sample.length), complete);
        if (!result.isError() && complete) {
            result = decoder.flush(CharBuffer.allocate(4));
        }
        if (result.isError()) {
            int offset = in.position();
            return new Result(CsvEncoding.WINDOWS_1252, false, String.format(
                    "Windows-1252: the file is not valid UTF-8 (byte 0x%02X at offset %d).", sample[offset] & 0xFF, offset));
        }
        boolean ascii = true;
        for (byte b : sample) {
            ascii &= b >= 0;
        }
        String scope = complete ? "the file" : "the first " + sample.length / 1024 + " KB";
        return new Result(CsvEncoding.UTF_8, false, "UTF-8: " + scope + (ascii ? " is plain ASCII." : " is valid UTF-8."));
    }

    /** UTF-16 text of Latin characters has a zero in every other byte. */
    private static Result utf16WithoutMark(byte[] sample) {
        int pairs = Math.min(sample.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs; i++) {
            zeroEven += sample[2 * i] == 0 ? 1 : 0;
            zeroOdd += sample[2 * i + 1] == 0 ? 1 : 0;
        }
        String why = ": no byte order mark, but every other byte is zero.";
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) {
            return new Result(CsvEncoding.UTF_16LE, false, CsvEncoding.UTF_16LE.label() + why);
        }
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) {
            return new Result(CsvEncoding.UTF_16BE, false, CsvEncoding.UTF_16BE.label() + why);
        }
        return null;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
