package org.sorastudio.core.model;

/**
 * Something wrong with a shot, attached to the field it concerns.
 *
 * @param field    which field: one of the {@code FIELD_*} constants
 * @param message  what is wrong and what would be right, in words for the user
 * @param blocking whether the shot cannot be generated (an error) or only deserves attention (a warning)
 */
public record ShotProblem(String field, String message, boolean blocking) {

    public static final String FIELD_PROMPT = "prompt";
    public static final String FIELD_MODEL = "model";
    public static final String FIELD_SIZE = "size";
    public static final String FIELD_SECONDS = "seconds";
    public static final String FIELD_REFERENCE = "reference";
    public static final String FIELD_REMIX = "remixOf";

    public static ShotProblem error(String field, String message) {
        return new ShotProblem(field, message, true);
    }

    public static ShotProblem warning(String field, String message) {
        return new ShotProblem(field, message, false);
    }
}
