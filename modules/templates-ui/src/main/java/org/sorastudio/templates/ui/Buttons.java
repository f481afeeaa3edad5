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
package org.sorastudio.templates.ui;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;

/** The small pieces both windows of this module build their buttons from. */
public final class Buttons {

    private Buttons() {
    }

    /** A button for {@code action}, named for tests and with a tooltip. */
    public static JButton button(Action action, String name, String tip) {
        JButton button = new JButton(action);
        button.setName(name);
        button.setToolTipText(tip);
        return button;
    }

    /** An action with a label that runs {@code run}; enabling is up to the caller. */
    public static Action command(String name, Runnable run) {
        return new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
    }
}
