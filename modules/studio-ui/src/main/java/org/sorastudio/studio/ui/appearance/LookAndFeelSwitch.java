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
package org.sorastudio.studio.ui.appearance;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Font;
import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import javax.swing.plaf.FontUIResource;
import org.openide.windows.WindowManager;
import org.sorastudio.core.model.Settings;

/**
 * Switches the look and feel and the text size live, on the EDT: every window and dialog (FlatLaf.updateUI walks
 * them all), and the window system's components that are not showing (WindowManager.updateUI), as the platform's own
 * look and feel page does. The text size is FlatLaf's {@code defaultFont} scaled from the look and feel's own, which
 * every other font of the look and feel derives from.
 */
public final class LookAndFeelSwitch {

    private static final String DEFAULT_FONT = "defaultFont";

    private LookAndFeelSwitch() {
    }

    /** The FlatLaf theme named {@code className} (any thread). */
    public static LookAndFeel create(String className) throws ReflectiveOperationException {
        // this module's loader sees FlatLaf's themes (a dependency) and its own high-contrast one
        Class<?> type = Class.forName(className, true, LookAndFeelSwitch.class.getClassLoader());
        if (!FlatLaf.class.isAssignableFrom(type)) {
            throw new ClassNotFoundException(className + " is not a FlatLaf theme");
        }
        return (LookAndFeel) type.getDeclaredConstructor().newInstance();
    }

    /** Installs {@code lookAndFeel} with its text at {@code scalePercent} % and updates every component. On the EDT. */
    public static void apply(LookAndFeel lookAndFeel, int scalePercent) throws UnsupportedLookAndFeelException {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("The look and feel is switched on the event dispatch thread");
        }
        // the look and feel's own font: UIManager.put keeps ours in the developer layer, above the look and feel's
        Font own = UIManager.getLookAndFeelDefaults().getFont(DEFAULT_FONT);
        UIManager.put(DEFAULT_FONT, own == null || scalePercent == Settings.DEFAULT_FONT_SCALE ? null
                : new FontUIResource(own.deriveFont(own.getSize2D() * scalePercent / 100f)));
        UIManager.setLookAndFeel(lookAndFeel);
        FlatLaf.updateUI();
        WindowManager.getDefault().updateUI();
    }

    /** The text size now in force, in percent of the look and feel's own. */
    public static int currentScalePercent() {
        Font own = UIManager.getLookAndFeelDefaults().getFont(DEFAULT_FONT);
        Font now = UIManager.getFont(DEFAULT_FONT);
        return own == null || now == null ? Settings.DEFAULT_FONT_SCALE : Math.round(now.getSize2D() * 100 / own.getSize2D());
    }
}
