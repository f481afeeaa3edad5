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
package org.sorastudio.media.impl;

import java.util.Locale;

/** Spellings of a time in seconds: for ffmpeg arguments, messages, and timestamps on thumbnails. */
final class Seconds {

    private Seconds() {
    }

    /** Millisecond precision with a dot, whatever the default locale: {@code 1.250}. */
    static String arg(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    /** For messages: {@code 1.25 s}. */
    static String text(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    /** For thumbnails: {@code 1:05.25}, with hours only when needed ({@code 1:02:03.00}). */
    static String clock(double seconds) {
        long hundredths = Math.round(seconds * 100);
        long h = hundredths / 360_000;
        long m = hundredths / 6000 % 60;
        double s = hundredths % 6000 / 100.0;
        return h > 0
                ? String.format(Locale.ROOT, "%d:%02d:%05.2f", h, m, s)
                : String.format(Locale.ROOT, "%d:%05.2f", m, s);
    }
}
