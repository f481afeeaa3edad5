package org.sorastudio.media.impl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The font file for title cards and timestamps: the system property {@value #PROPERTY}, else the
 * first common sans font found; when none is, drawtext falls back to fontconfig's default.
 */
final class TitleFont {

    static final String PROPERTY = "sorastudio.media.font";

    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf",
            "/Library/Fonts/Arial.ttf",
            "C:\\Windows\\Fonts\\arial.ttf");

    private TitleFont() {
    }

    static Optional<Path> file() {
        String configured = System.getProperty(PROPERTY, "");
        if (!configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
    }

    /** The drawtext option selecting the font, with a trailing separator, or nothing. */
    static String drawtextOption() {
        return file().map(path -> "fontfile=" + FilterEscaping.optionValue(path.toString()) + ":").orElse("");
    }
}
