package org.sorastudio.core.spi;

import java.util.List;

/**
 * What one model accepts.
 *
 * @param id              model name as the server knows it
 * @param sizes           accepted output sizes ({@code WIDTHxHEIGHT}), in the order to offer them
 * @param seconds         accepted clip lengths
 * @param usdPerSecond    list price per second of video, or 0 when unknown
 * @param shutdownDate    the date ({@code YYYY-MM-DD}) the server stops serving the model, or {@code null}
 */
public record ModelSpec(String id, List<String> sizes, List<Integer> seconds, double usdPerSecond, String shutdownDate) {

    public ModelSpec {
        sizes = List.copyOf(sizes);
        seconds = List.copyOf(seconds);
    }
}
