package org.sorastudio.images;

import java.util.Locale;

/** How a reference image is made to have exactly the shot's size. */
public enum ImageFit {
    /** Stretched to the shot's size: nothing is lost, proportions change. */
    RESIZE("resize", "Resize (stretch)"),
    /** Scaled to cover the shot and cut to it around a focal point: proportions kept, edges lost. */
    CROP("crop", "Crop"),
    /** Scaled to fit inside the shot, the rest filled with a colour or a blurred copy: nothing lost or distorted. */
    LETTERBOX("letterbox", "Letterbox");

    private final String keyword;
    private final String label;

    ImageFit(String keyword, String label) {
        this.keyword = keyword;
        this.label = label;
    }

    /** The word used in projects, CSV files and on the command line. */
    public String keyword() {
        return keyword;
    }

    /** The name shown to a person. */
    public String label() {
        return label;
    }

    /** The fit named by {@code word} (any case), or {@code null}. */
    static ImageFit byKeyword(String word) {
        String key = word.strip().toLowerCase(Locale.ROOT);
        for (ImageFit fit : values()) {
            if (fit.keyword.equals(key)) {
                return fit;
            }
        }
        return null;
    }
}
