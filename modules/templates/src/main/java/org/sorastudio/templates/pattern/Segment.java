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
