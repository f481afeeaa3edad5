package org.sorastudio.openai;

/** Sort order of {@code GET /videos} by creation time. */
public enum SortOrder {
    ASC, DESC;

    public String wireValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
