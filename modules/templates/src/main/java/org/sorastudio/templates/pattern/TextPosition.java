package org.sorastudio.templates.pattern;

/**
 * Where something sits in a text, for messages and for an editor to put its caret on.
 *
 * @param offset zero-based character offset
 * @param line   one-based line
 * @param column one-based column
 */
public record TextPosition(int offset, int line, int column) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
