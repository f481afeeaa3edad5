package org.sorastudio.templates.batch;

/**
 * Something wrong with one CSV row (or with a shot made from it).
 *
 * @param line     the physical line where the row starts
 * @param field    the shot field or {@code row} (its shape); see {@link org.sorastudio.core.model.ShotProblem}
 * @param message  what is wrong, for the user
 * @param blocking whether the row's shots cannot be generated; otherwise a warning
 */
public record RowProblem(long line, String field, String message, boolean blocking) {

    public static final String FIELD_ROW = "row";

    @Override
    public String toString() {
        return "line " + line + " (" + field + "): " + message;
    }
}
