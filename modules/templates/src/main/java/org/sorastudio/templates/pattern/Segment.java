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

import java.util.List;

/** One piece of a parsed pattern: plain text, a variable, or a set of alternatives. */
public sealed interface Segment {

    /** Where the piece starts in the pattern text. */
    TextPosition position();

    /** Text copied as is; {@code {{} and {@code }}} have already become single braces. */
    record Literal(String text, TextPosition position) implements Segment {
    }

    /**
     * {@code {name}} or {@code {name=default}}.
     *
     * @param defaultValue used when no value is given or the value is empty; {@code null} when the
     *                     placeholder has none
     */
    record Variable(String name, String defaultValue, TextPosition position) implements Segment {

        public boolean hasDefault() {
            return defaultValue != null;
        }
    }

    /** {@code {red|green|blue}}: one prompt per option, combined with every other set of alternatives. */
    record Alternatives(List<String> options, TextPosition position) implements Segment {

        public Alternatives {
            options = List.copyOf(options);
        }
    }
}
