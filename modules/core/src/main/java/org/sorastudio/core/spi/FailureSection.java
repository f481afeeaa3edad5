package org.sorastudio.core.spi;

import java.util.Optional;

/**
 * An extra section of the error panel, contributed by a module that knows more about some failures (the moderation
 * module explains which categories a blocked prompt was flagged for). Every registered section is asked, in Lookup
 * order, off the event thread; one that has nothing to add returns empty.
 */
public interface FailureSection {

    /** What this module adds about {@code work}, or empty. Called off the event thread; may use the network. */
    Optional<Section> sectionFor(FailedWork work);

    /**
     * A titled block of text, shown below the next step and included in the issue report.
     *
     * @param title a short heading
     * @param text  plain text; line breaks are kept
     */
    record Section(String title, String text) {

        public Section {
            java.util.Objects.requireNonNull(title, "title");
            java.util.Objects.requireNonNull(text, "text");
        }
    }
}
