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
package org.sorastudio.media.probe;

/**
 * A frame rate as the exact fraction ffmpeg uses ({@code 30/1}, {@code 30000/1001}), so rates compare
 * exactly and pass to ffmpeg without rounding.
 */
public record FrameRate(int numerator, int denominator) {

    public FrameRate {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException("frame rate " + numerator + "/" + denominator + " must be positive");
        }
        int gcd = gcd(numerator, denominator);
        numerator /= gcd;
        denominator /= gcd;
    }

    public static FrameRate of(int framesPerSecond) {
        return new FrameRate(framesPerSecond, 1);
    }

    public double perSecond() {
        return (double) numerator / denominator;
    }

    /** The length of one frame in seconds. */
    public double frameSeconds() {
        return (double) denominator / numerator;
    }

    /** The ffmpeg spelling, e.g. {@code 30000/1001}. */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
