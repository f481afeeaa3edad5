package org.sorastudio.core.spi;

import java.util.Optional;
import org.sorastudio.core.model.Shot;

/**
 * The shot the user is writing, for modules that fill it in (apply a template, re-use a prompt from
 * the history, remix). The studio's Shot editor registers the implementation; call it on the EDT.
 */
public interface ShotEditing {

    /** The shot as it stands in the editor, or empty when the editor is not open. */
    Optional<Shot> currentShot();

    /** Puts {@code shot} into the editor, opening and focusing it. */
    void edit(Shot shot);

    /**
     * Inserts {@code text} into the prompt being written (where the editor's caret is; this default, for editors
     * without one, appends it), opening and focusing the editor. Used to mention a character by name.
     */
    default void insertIntoPrompt(String text) {
        Shot shot = currentShot().orElse(Shot.create(""));
        String prompt = shot.prompt();
        edit(shot.withPrompt(prompt.isBlank() ? text : prompt.stripTrailing() + " " + text));
    }
}
