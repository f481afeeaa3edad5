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
package org.sorastudio.postprocess.ui;

import java.awt.AWTException;
import java.awt.FlowLayout;
import java.awt.Image;
import java.awt.KeyboardFocusManager;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.openide.awt.Actions;
import org.openide.awt.Mnemonics;
import org.openide.awt.Notification;
import org.openide.awt.NotificationDisplayer;
import org.openide.util.ImageUtilities;
import org.openide.util.NbBundle.Messages;

/**
 * Shows notices as the platform's notification balloons (with Open Folder, Play, Re-run or Retry as buttons) and, where
 * the system has a tray, as tray messages too; beeps when asked to. Follows the {@link NotificationPreferences}, read
 * at each notice. Everything visible happens on the EDT; callers may be on any thread.
 */
@Messages({
    "Notifier.openFolder=&Open Folder",
    "Notifier.play=&Play",
    "Notifier.rerun=&Re-run",
    "Notifier.retry=R&etry",
    "Notifier.tray=Sora Studio"
})
final class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());
    private static final String ICON = "org/sorastudio/postprocess/ui/notification.png";

    private final Supplier<NotificationPreferences> preferences;
    private final Runnable beep;
    private TrayIcon trayIcon;

    Notifier(Supplier<NotificationPreferences> preferences) {
        this(preferences, () -> Toolkit.getDefaultToolkit().beep());
    }

    /** @param beep the sound of a notice (the system's beep in the studio) */
    Notifier(Supplier<NotificationPreferences> preferences, Runnable beep) {
        this.preferences = preferences;
        this.beep = beep;
    }

    void show(Notice notice) {
        NotificationPreferences now = preferences.get();
        if (!notice.wanted(now)) {
            return;
        }
        SwingUtilities.invokeLater(() -> {
            if (now.onlyWhenUnfocused() && studioHasFocus()) {
                return;
            }
            balloon(notice);
            tray(notice);
            if (now.sound()) {
                beep.run();
            }
        });
    }

    private static boolean studioHasFocus() {
        return KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow() != null;
    }

    private static Notification balloon(Notice notice) {
        ImageIcon icon = ImageUtilities.loadImageIcon(ICON, false);
        return NotificationDisplayer.getDefault().notify(notice.title(), icon, details(notice), details(notice),
                notice.isProblem() ? NotificationDisplayer.Priority.HIGH : NotificationDisplayer.Priority.NORMAL);
    }

    /** The text and a row of buttons; the balloon and the notifications list each get their own copy. */
    static JComponent details(Notice notice) {
        JPanel panel = new JPanel();
        panel.setOpaque(false);
        panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
        JLabel text = new JLabel("<html><body style='width: 320px'>" + escape(notice.detail()) + "</body></html>");
        text.setAlignmentX(0f);
        panel.add(text);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        buttons.setOpaque(false);
        buttons.setAlignmentX(0f);
        if (notice.folder() != null) {
            buttons.add(button(Bundle.Notifier_openFolder(), () -> ClipActions.openFolder(notice.folder())));
        }
        Runnable play = ClipActions.play(notice.clip());
        if (play != null) {
            buttons.add(button(Bundle.Notifier_play(), play));
        }
        if (notice.rerun() != null) {
            buttons.add(button(Bundle.Notifier_rerun(), notice.rerun()));
        }
        if (notice.retry() != null) {
            buttons.add(button(Bundle.Notifier_retry(), notice.retry()));
        }
        panel.add(buttons);
        return panel;
    }

    private static JButton button(String text, Runnable action) {
        JButton button = new JButton();
        Mnemonics.setLocalizedText(button, text);
        button.setName(Actions.cutAmpersand(text));
        button.addActionListener(e -> action.run());
        return button;
    }

    /**
     * A tray message where the system has a tray (a desktop whose panel hosts tray icons); elsewhere, such as a bare X
     * server, the balloon is the only notification. The studio's icon stays in the tray once added.
     */
    private void tray(Notice notice) {
        if (!SystemTray.isSupported()) {
            return;
        }
        try {
            if (trayIcon == null) {
                Image image = ImageUtilities.loadImage(ICON, false);
                trayIcon = new TrayIcon(image, Bundle.Notifier_tray());
                trayIcon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(trayIcon);
            }
            trayIcon.displayMessage(notice.title(), notice.detail(),
                    notice.isProblem() ? TrayIcon.MessageType.ERROR : TrayIcon.MessageType.INFO);
        } catch (AWTException | RuntimeException e) {
            LOG.log(Level.FINE, "No tray notification: {0}", e.getMessage());
        }
    }

    /** The studio's tray icon, once a notice has been shown there; EDT. */
    TrayIcon trayIcon() {
        return trayIcon;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
