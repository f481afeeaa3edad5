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
