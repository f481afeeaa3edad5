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
