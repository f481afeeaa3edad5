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
package org.sorastudio.images.impl;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the EXIF orientation tag (0x0112) of a JPEG: phones store photos as the sensor saw them and say in this
 * tag how to turn them. Only the markers before the image data are read; anything unexpected means "as stored".
 */
final class ExifOrientation {

    static final int AS_STORED = 1;
    private static final int SOI = 0xFFD8;
    private static final int APP1 = 0xFFE1;
    private static final int SOS = 0xFFDA;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    static int of(Path jpeg) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(jpeg)))) {
            if (in.readUnsignedShort() != SOI) {
                return AS_STORED;
            }
            while (true) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == SOS) {
                    return AS_STORED;
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return AS_STORED;
                }
                if (marker == APP1) {
                    byte[] segment = in.readNBytes(length);
                    int orientation = fromApp1(segment);
                    if (orientation != 0) {
                        return orientation;
                    }
                } else {
                    skipFully(in, length);
                }
            }
        } catch (IOException | RuntimeException e) {
            return AS_STORED; // a damaged header is reported by the decoder, not here
        }
    }

    /** The orientation in an APP1 segment, or 0 when it is no EXIF segment or has none. */
    static int fromApp1(byte[] segment) {
        if (segment.length < 14 || !new String(segment, 0, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
            return 0;
        }
        ByteBuffer tiff = ByteBuffer.wrap(segment, 6, segment.length - 6).slice();
        tiff.order(tiff.getShort(0) == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        if (ifd < 8 || ifd + 2 > tiff.limit()) {
            return 0;
        }
        int entries = Short.toUnsignedInt(tiff.getShort(ifd));
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > tiff.limit()) {
                return 0;
            }
            if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG) {
                int value = Short.toUnsignedInt(tiff.getShort(entry + 8));
                return value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    private static void skipFully(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new java.io.EOFException();
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }
}
