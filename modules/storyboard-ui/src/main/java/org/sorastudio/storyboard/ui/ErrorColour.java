package org.sorastudio.storyboard.ui;

import java.awt.Color;
import javax.swing.UIManager;

/** The look and feel's colour for error text (readable on dark themes too). */
final class ErrorColour {

    private static final Color FALLBACK = new Color(0xD0, 0x30, 0x30);

    private ErrorColour() {
    }

    static Color get() {
        Color colour = UIManager.getColor("nb.errorForeground");
        return colour == null ? FALLBACK : colour;
    }
}
