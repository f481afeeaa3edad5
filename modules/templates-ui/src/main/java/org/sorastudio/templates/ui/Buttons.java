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
import org.openide.awt.Mnemonics;

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

    /**
     * An action with a label that runs {@code run}; enabling is up to the caller. A {@code &} in the label marks its
     * mnemonic, as {@code Mnemonics.setLocalizedText} reads it; the buttons and menu items made from it show the letter.
     */
    public static Action command(String name, Runnable run) {
        Action action = new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        rename(action, name);
        return action;
    }

    /** Gives {@code action} the label {@code name}, and the mnemonic its {@code &} marks (none without one). */
    public static void rename(Action action, String name) {
        int index = Mnemonics.findMnemonicAmpersand(name);
        // only the & goes: Japanese keeps its "(N)" after the text, as Mnemonics.setLocalizedText shows it
        String plain = index < 0 ? name : name.substring(0, index) + name.substring(index + 1);
        action.putValue(Action.MNEMONIC_KEY, index < 0 ? null : (int) Character.toUpperCase(name.charAt(index + 1)));
        action.putValue(Action.DISPLAYED_MNEMONIC_INDEX_KEY, index < 0 ? null : index);
        action.putValue(Action.NAME, plain);
    }
}
