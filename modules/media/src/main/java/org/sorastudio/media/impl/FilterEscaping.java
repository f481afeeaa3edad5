package org.sorastudio.media.impl;

/**
 * Escapes text for an option value inside an ffmpeg filter graph, following ffmpeg's "Notes on
 * filtergraph escaping": first the option level ({@code \ ' :}), then the graph level
 * ({@code \ ' [ ] , ;}). The graph is passed as one process argument, so no shell level follows.
 */
final class FilterEscaping {

    private FilterEscaping() {
    }

    static String optionValue(String text) {
        return escape(escape(text, "\\':"), "\\'[],;");
    }

    private static String escape(String text, String special) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (special.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
