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
package org.sorastudio.studio.ui.options;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.netbeans.api.options.OptionsDisplayer;
import org.openide.awt.NotificationDisplayer;
import org.openide.util.ImageUtilities;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.openide.windows.OnShowing;
import org.sorastudio.core.settings.SettingsStore;
import org.sorastudio.studio.ui.appearance.AppearanceFollower;
import org.sorastudio.ui.support.api.StudioOptions;
import org.sorastudio.ui.support.api.WrappedText;

/**
 * Tells the user, once, which settings could not be kept at start (a settings file from an older version or edited
 * by hand: a wrong type, a value out of range, an unknown field, a theme that is gone): one notification that opens
 * the Sora Studio options.
 */
@Messages({
    "SettingsResetNotice.title=Some settings were reset to their defaults",
    "# {0} - the settings, separated by commas",
    "SettingsResetNotice.list=Reset: {0}.",
    "SettingsResetNotice.open=Check them in Options"
})
public final class SettingsResetNotice {

    private static final Logger LOG = Logger.getLogger(SettingsResetNotice.class.getName());

    private SettingsResetNotice() {
    }

    @OnShowing
    public static final class Show implements Runnable {
        @Override
        public void run() {
            RequestProcessor.getDefault().post(() -> {
                List<String> reset = new ArrayList<>();
                SettingsStore store = Lookup.getDefault().lookup(SettingsStore.class);
                if (store != null) {
                    reset.addAll(store.takeResetOnLoad());
                }
                reset.addAll(AppearanceFollower.takeResets());
                if (!reset.isEmpty()) {
                    LOG.log(Level.INFO, "Settings reset at start: {0}", reset);
                    SwingUtilities.invokeLater(() -> show(reset));
                }
            });
        }
    }

    private static void show(List<String> reset) {
        ImageIcon icon = ImageUtilities.loadImageIcon("org/sorastudio/studio/ui/options/options16.png", false);
        String list = Bundle.SettingsResetNotice_list(String.join(", ", reset));
        NotificationDisplayer.getDefault().notify(Bundle.SettingsResetNotice_title(), icon, details(list), details(list),
                NotificationDisplayer.Priority.HIGH);
    }

    /**
     * The reset settings wrapped to the balloon's width (the platform shows a plain text on one line, which a long list
     * or a longer language ran past), and a button that opens the studio's options.
     */
    static JComponent details(String list) {
        WrappedText text = new WrappedText(list, 32);
        text.setName("resetSettings");
        JButton open = new JButton(Bundle.SettingsResetNotice_open());
        open.setName("openOptions");
        open.addActionListener(e -> OptionsDisplayer.getDefault().open(StudioOptions.CATEGORY));
        JPanel panel = new JPanel(new BorderLayout(0, 4));
        panel.setOpaque(false);
        panel.add(text, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        buttons.setOpaque(false);
        buttons.add(open);
        panel.add(buttons, BorderLayout.SOUTH);
        return panel;
    }
}
