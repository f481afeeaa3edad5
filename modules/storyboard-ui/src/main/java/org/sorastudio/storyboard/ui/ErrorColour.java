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
package org.sorastudio.storyboard.ui;

import java.awt.Color;
import javax.swing.UIManager;

/** The look and feel's colour for error text (readable on dark themes too). */
final class ErrorColour {

    private ErrorColour() {
    }

    static Color get() {
        Color colour = UIManager.getColor("nb.errorForeground");
        return colour == null ? UIManager.getColor("Actions.Red") : colour;
    }
}
