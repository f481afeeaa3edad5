package org.sorastudio.diagnostics.ui;

import java.util.logging.Level;
import org.openide.util.NbBundle.Messages;

/** The choices of the Logs window's level filter, from everything to errors only. */
@Messages({
    "Shown.everything=Everything, with API exchanges",
    "Shown.information=Information and problems",
    "Shown.problems=Warnings and errors",
    "Shown.errors=Errors only"
})
enum Shown {
    EVERYTHING(Level.ALL),
    INFORMATION(Level.INFO),
    PROBLEMS(Level.WARNING),
    ERRORS(Level.SEVERE);

    final Level threshold;

    Shown(Level threshold) {
        this.threshold = threshold;
    }

    @Override
    public String toString() {
        return switch (this) {
            case EVERYTHING -> Bundle.Shown_everything();
            case INFORMATION -> Bundle.Shown_information();
            case PROBLEMS -> Bundle.Shown_problems();
            case ERRORS -> Bundle.Shown_errors();
        };
    }
}
