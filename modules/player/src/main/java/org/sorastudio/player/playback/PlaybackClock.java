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
package org.sorastudio.player.playback;

import org.sorastudio.media.probe.FrameRate;

/** Converts between libVLC's millisecond clock, frame numbers and the time shown to the user. */
public final class PlaybackClock {

    private PlaybackClock() {
    }

    /** {@code m:ss.mmm}, e.g. {@code 1:05.033}: milliseconds because frames are tens of them apart. */
    public static String text(long millis) {
        long clamped = Math.max(0, millis);
        return String.format("%d:%02d.%03d", clamped / 60_000, clamped / 1000 % 60, clamped % 1000);
    }

    /** The frame showing at {@code millis}: the nearest frame start, since libVLC's clock is rounded to ms. */
    public static long frameIndex(long millis, FrameRate rate) {
        return Math.max(0, Math.round(millis / 1000.0 / rate.frameSeconds()));
    }

    /**
     * A time that selects frame {@code index} for a "first frame at or after" seek: a quarter frame
     * before its start, so rounding to milliseconds cannot push it onto the next frame.
     */
    public static double seekSecondsFor(long index, FrameRate rate) {
        return Math.max(0, (index - 0.25) * rate.frameSeconds());
    }

    /** Where frame {@code index} starts, rounded to libVLC's milliseconds. */
    public static long millisOfFrame(long index, FrameRate rate) {
        return Math.round(Math.max(0, index) * rate.frameSeconds() * 1000);
    }

    public static long frameMillis(FrameRate rate) {
        return Math.max(1, Math.round(rate.frameSeconds() * 1000));
    }
}
