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
package org.sorastudio.core.spi;

import java.util.List;
import java.util.Objects;
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
     * A titled block of text, shown below the next step and included in the issue report, with what the user can do
     * about it (buttons under the text; none in the report).
     *
     * @param title   a short heading
     * @param text    plain text; line breaks are kept
     * @param actions what the user can do from here, in order (e.g. "Rewrite & Resend…")
     */
    record Section(String title, String text, List<SectionAction> actions) {

        public Section {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        /** A section with nothing to do but read. */
        public Section(String title, String text) {
            this(title, text, List.of());
        }
    }

    /**
     * Something the user can do from a section: a button labelled {@code label} that calls {@code run} on the event
     * thread (it may open a window of the module that contributed the section).
     */
    record SectionAction(String label, Runnable run) {

        public SectionAction {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(run, "run");
        }
    }
}
