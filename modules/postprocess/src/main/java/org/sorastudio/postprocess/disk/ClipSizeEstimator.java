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
package org.sorastudio.postprocess.disk;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many bytes a clip will take before it is made: seconds times the model's bitrate, scaled by the frame's pixels
 * against 1280x720, plus its thumbnail and sidecar; then corrected per model by the clips already downloaded (the
 * mean ratio of real to estimated size), so a server that encodes tighter or looser than the table is learned.
 */
public final class ClipSizeEstimator {

    /** Bits per second at 1280x720, measured on the API's clips (H.264 + AAC); a model not listed gets the default. */
    private static final Map<String, Long> BITRATE_720P = Map.of(
            "sora-2", 6_000_000L,
            "sora-2-pro", 9_000_000L);
    private static final long DEFAULT_BITRATE_720P = 8_000_000L;
    private static final long REFERENCE_PIXELS = 1280L * 720;
    /** Thumbnail and sidecar. */
    static final long PER_CLIP_OVERHEAD = 200_000;

    private final Map<String, Correction> corrections = new ConcurrentHashMap<>();

    /** The expected size of one clip in bytes. */
    public long estimate(String model, String size, int seconds) {
        return Math.round(tableEstimate(model, size, seconds) * correction(model)) + PER_CLIP_OVERHEAD;
    }

    /** Takes in a downloaded clip's real size. */
    public void learn(String model, String size, int seconds, long clipBytes) {
        long table = tableEstimate(model, size, seconds);
        if (table > 0 && clipBytes > 0) {
            corrections.computeIfAbsent(key(model), k -> new Correction()).add(clipBytes / (double) table);
        }
    }

    /** The factor applied to the table for {@code model}: 1 until a clip of it was downloaded. */
    public double correction(String model) {
        Correction correction = corrections.get(key(model));
        return correction == null ? 1.0 : correction.mean();
    }

    static long tableEstimate(String model, String size, int seconds) {
        long bitrate = BITRATE_720P.getOrDefault(key(model), DEFAULT_BITRATE_720P);
        double pixels = pixels(size) / (double) REFERENCE_PIXELS;
        return Math.round(bitrate / 8.0 * Math.max(0, seconds) * pixels);
    }

    private static long pixels(String size) {
        if (size != null) {
            String[] parts = size.toLowerCase(Locale.ROOT).split("x");
            if (parts.length == 2) {
                try {
                    return Long.parseLong(parts[0].strip()) * Long.parseLong(parts[1].strip());
                } catch (NumberFormatException e) {
                    // not a size: the reference
                }
            }
        }
        return REFERENCE_PIXELS;
    }

    private static String key(String model) {
        return model == null ? "" : model.strip().toLowerCase(Locale.ROOT);
    }

    /** A running mean of real/estimated ratios. */
    private static final class Correction {
        private double sum;
        private int count;

        synchronized void add(double ratio) {
            sum += ratio;
            count++;
        }

        synchronized double mean() {
            return count == 0 ? 1.0 : sum / count;
        }
    }
}
