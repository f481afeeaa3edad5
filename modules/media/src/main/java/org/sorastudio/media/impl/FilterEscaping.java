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
