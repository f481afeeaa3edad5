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
package org.sorastudio.simulator.render;

import java.util.ArrayList;
import java.util.List;

/** Wraps a prompt into the lines that fit a frame, ending with an ellipsis when it is cut. */
final class PromptLayout {

    /** DejaVu Sans glyphs average a little over half the font size in width. */
    private static final double AVERAGE_GLYPH_WIDTH = 0.56;
    private static final String ELLIPSIS = "\u2026";

    private PromptLayout() {
    }

    /** Font size in pixels for a frame: readable on portrait and landscape alike. */
    static int fontSize(int width, int height) {
        return Math.max(12, Math.min(width, height) / 20);
    }

    static int margin(int width, int height) {
        return Math.max(8, Math.min(width, height) / 20);
    }

    /** The prompt's lines for a frame of this size, at most {@code maxLines} of them. */
    static List<String> wrap(String prompt, int width, int height, int maxLines) {
        int columns = Math.max(8, (int) ((width - 2.0 * margin(width, height))
                / (fontSize(width, height) * AVERAGE_GLYPH_WIDTH)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : prompt.strip().split("\\s+")) {
            for (String piece : splitLongWord(word, columns)) {
                if (line.length() > 0 && line.length() + 1 + piece.length() > columns) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(piece);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        kept.set(maxLines - 1, (last.length() >= columns ? last.substring(0, columns - 1) : last) + ELLIPSIS);
        return kept;
    }

    private static List<String> splitLongWord(String word, int columns) {
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < word.length(); start += columns) {
            pieces.add(word.substring(start, Math.min(word.length(), start + columns)));
        }
        return pieces;
    }
}
