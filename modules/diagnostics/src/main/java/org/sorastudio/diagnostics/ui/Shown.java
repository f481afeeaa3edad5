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
