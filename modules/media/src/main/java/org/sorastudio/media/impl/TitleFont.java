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
