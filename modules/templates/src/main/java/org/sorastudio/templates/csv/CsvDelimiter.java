package org.sorastudio.templates.csv;

/** The field separators a CSV file can use. */
public enum CsvDelimiter {
    COMMA(',', "comma"),
    SEMICOLON(';', "semicolon"),
    TAB('\t', "tab");

    private final char character;
    private final String label;

    CsvDelimiter(char character, String label) {
        this.character = character;
        this.label = label;
    }

    public char character() {
        return character;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
