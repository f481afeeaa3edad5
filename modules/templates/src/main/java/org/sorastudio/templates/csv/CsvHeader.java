package org.sorastudio.templates.csv;

import java.util.List;

/**
 * The columns of a CSV file.
 *
 * @param names    unique column names, in file order: duplicates get {@code _2}, {@code _3}, blank
 *                 names become {@code columnN}
 * @param original the names as written in the file
 * @param problems what was changed to make the names unique and non-empty, for the user to see
 */
public record CsvHeader(List<String> names, List<String> original, List<String> problems) {

    public CsvHeader {
        names = List.copyOf(names);
        original = List.copyOf(original);
        problems = List.copyOf(problems);
    }

    public int size() {
        return names.size();
    }

    /** The index of a column, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }
}
