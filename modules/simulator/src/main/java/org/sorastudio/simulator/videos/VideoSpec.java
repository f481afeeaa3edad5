package org.sorastudio.simulator.videos;

/**
 * A validated request for one clip.
 *
 * @param model   an id from {@link VideoModels}
 * @param prompt  the text the clip shows
 * @param size    {@code WIDTHxHEIGHT}, one the model accepts
 * @param seconds the duration as the API spells it ({@code "4"})
 */
public record VideoSpec(String model, String prompt, String size, String seconds) {

    public int width() {
        return Integer.parseInt(size.substring(0, size.indexOf('x')));
    }

    public int height() {
        return Integer.parseInt(size.substring(size.indexOf('x') + 1));
    }

    public int durationSeconds() {
        return Integer.parseInt(seconds);
    }
}
