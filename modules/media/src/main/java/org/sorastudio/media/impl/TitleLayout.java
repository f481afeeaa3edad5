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

import java.util.ArrayList;
import java.util.List;

/**
 * Lays title text out to fit the picture, since drawtext neither wraps, centres lines nor shrinks:
 * words are wrapped to 90 % of the width and the font is made smaller when a word or the block of
 * lines still does not fit. Widths are estimated from a generous average glyph width, which holds
 * for the usual sans fonts.
 *
 * @param lines       the lines, each to be centred
 * @param fontSize    the size to draw at, at most the requested one
 * @param lineHeight  distance between baselines
 * @param firstBaseline  y of the first line's baseline, so the block is centred vertically
 */
record TitleLayout(List<String> lines, int fontSize, int lineHeight, int firstBaseline) {

    private static final double GLYPH_WIDTH = 0.6;
    private static final double LINE_SPACING = 1.25;
    private static final double ASCENT = 0.8;
    private static final double USABLE = 0.9;
    private static final int SMALLEST_FONT = 8;

    static TitleLayout fit(String text, int requestedFontSize, int width, int height) {
        double maxWidth = width * USABLE;
        int fontSize = requestedFontSize;
        int charsPerLine = Math.max(1, (int) (maxWidth / (GLYPH_WIDTH * fontSize)));
        List<String> lines = new ArrayList<>();
        text.strip().lines().forEach(paragraph -> wrap(paragraph.strip(), charsPerLine, lines));
        int longest = lines.stream().mapToInt(String::length).max().orElse(1);
        fontSize = Math.min(fontSize, (int) (maxWidth / (GLYPH_WIDTH * longest)));
        fontSize = Math.min(fontSize, (int) (height * USABLE / (lines.size() * LINE_SPACING)));
        fontSize = Math.max(SMALLEST_FONT, fontSize);
        int lineHeight = (int) Math.round(fontSize * LINE_SPACING);
        int blockTop = (height - lines.size() * lineHeight) / 2;
        int firstBaseline = blockTop + (lineHeight - fontSize) / 2 + (int) Math.round(fontSize * ASCENT);
        return new TitleLayout(List.copyOf(lines), fontSize, lineHeight, firstBaseline);
    }

    private static void wrap(String paragraph, int charsPerLine, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > charsPerLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
    }
}
