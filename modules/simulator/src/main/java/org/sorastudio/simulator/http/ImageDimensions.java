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

import java.util.Optional;

/**
 * Width and height of a PNG, JPEG or WebP image, read from its header without decoding it.
 *
 * @param width  pixels
 * @param height pixels
 */
record ImageDimensions(int width, int height) {

    /** The dimensions, or empty when the bytes are not a PNG, JPEG or WebP image this can read. */
    static Optional<ImageDimensions> read(byte[] image) {
        if (image.length >= 24 && u8(image, 0) == 0x89 && ascii(image, 1, "PNG")) {
            return Optional.of(new ImageDimensions(u32be(image, 16), u32be(image, 20)));
        }
        if (image.length >= 4 && u8(image, 0) == 0xFF && u8(image, 1) == 0xD8) {
            return jpeg(image);
        }
        if (image.length >= 30 && ascii(image, 0, "RIFF") && ascii(image, 8, "WEBP")) {
            return webp(image);
        }
        return Optional.empty();
    }

    private static Optional<ImageDimensions> jpeg(byte[] image) {
        int position = 2;
        while (position + 9 < image.length) {
            if (u8(image, position) != 0xFF) {
                return Optional.empty();
            }
            int marker = u8(image, position + 1);
            if (marker == 0xFF) {
                position++;
                continue;
            }
            int length = u16be(image, position + 2);
            boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                    && marker != 0xCC;
            if (startOfFrame) {
                return Optional.of(new ImageDimensions(u16be(image, position + 7), u16be(image, position + 5)));
            }
            position += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<ImageDimensions> webp(byte[] image) {
        if (ascii(image, 12, "VP8 ")) {
            return Optional.of(new ImageDimensions(u16le(image, 26) & 0x3FFF, u16le(image, 28) & 0x3FFF));
        }
        if (ascii(image, 12, "VP8L")) {
            int bits = u8(image, 21) | u8(image, 22) << 8 | u8(image, 23) << 16 | u8(image, 24) << 24;
            return Optional.of(new ImageDimensions((bits & 0x3FFF) + 1, (bits >>> 14 & 0x3FFF) + 1));
        }
        if (ascii(image, 12, "VP8X")) {
            return Optional.of(new ImageDimensions(u24le(image, 24) + 1, u24le(image, 27) + 1));
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] data, int offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (data[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] data, int offset) {
        return data[offset] & 0xFF;
    }

    private static int u16be(byte[] data, int offset) {
        return u8(data, offset) << 8 | u8(data, offset + 1);
    }

    private static int u16le(byte[] data, int offset) {
        return u8(data, offset) | u8(data, offset + 1) << 8;
    }

    private static int u24le(byte[] data, int offset) {
        return u16le(data, offset) | u8(data, offset + 2) << 16;
    }

    private static int u32be(byte[] data, int offset) {
        return u16be(data, offset) << 16 | u16be(data, offset + 2);
    }
}
