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
package org.sorastudio.templates.pattern;

/**
 * Something wrong with a pattern or with what feeds it.
 *
 * @param kind     what kind of problem
 * @param where    which text it is in, in words: {@code prompt}, {@code output name}, {@code CSV header}
 * @param position where in that text, or {@code null} when the problem has no place in it (an unused column)
 * @param message  what is wrong and how to fix it
 */
public record PatternProblem(Kind kind, String where, TextPosition position, String message) {

    public enum Kind {
        UNCLOSED_BRACE(true),
        STRAY_CLOSING_BRACE(true),
        EMPTY_NAME(true),
        UNDEFINED_VARIABLE(true),
        TOO_MANY_COMBINATIONS(true),
        ALTERNATIVES_NOT_ALLOWED(true),
        UNKNOWN_COLUMN(true),
        UNUSED_COLUMN(false),
        CSV_HEADER(false);

        private final boolean blocking;

        Kind(boolean blocking) {
            this.blocking = blocking;
        }
    }

    /** Whether nothing can be generated until it is fixed; otherwise it is a warning. */
    public boolean blocking() {
        return kind.blocking;
    }

    @Override
    public String toString() {
        return where + (position == null ? "" : ", " + position) + ": " + message;
    }
}
