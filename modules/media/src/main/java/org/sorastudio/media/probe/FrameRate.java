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
