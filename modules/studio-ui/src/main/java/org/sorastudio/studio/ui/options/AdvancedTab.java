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

import java.util.function.UnaryOperator;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Settings;
import org.sorastudio.ui.support.api.OptionsForm;
import org.sorastudio.ui.support.api.OptionsTab;
import org.sorastudio.ui.support.api.SettingsTabController;
import org.sorastudio.ui.support.api.StudioOptions;

/** The Advanced tab: how much the studio writes to its log. */
@Messages({
    "AdvancedTab.name=Advanced",
    "AdvancedTab.keywords=log level logging messages.log detail",
    "AdvancedTab.logLevel=&Log:",
    "AdvancedTab.level.WARNING=Problems only",
    "AdvancedTab.level.INFO=Information and problems",
    "AdvancedTab.level.FINE=Everything (for a bug report)",
    "AdvancedTab.logLevelTip=What Sora Studio writes to messages.log and the Logs window; applies at once"
})
final class AdvancedTab implements OptionsTab<Settings> {

    private final OptionsForm form = new OptionsForm();
    private final JComboBox<String> logLevel = new JComboBox<>(Settings.LOG_LEVELS.toArray(String[]::new));

    AdvancedTab(Runnable edited) {
        logLevel.setName("logLevel");
        logLevel.setToolTipText(Bundle.AdvancedTab_logLevelTip());
        logLevel.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focused) {
                return (JLabel) super.getListCellRendererComponent(list, describe((String) value), index, selected, focused);
            }
        });
        form.row(Bundle.AdvancedTab_logLevel(), logLevel).done();
        logLevel.addActionListener(e -> edited.run());
    }

    @Override
    public JComponent component() {
        return form;
    }

    @Override
    public void load(Settings settings) {
        logLevel.setSelectedItem(settings.logLevel());
    }

    @Override
    public UnaryOperator<Settings> edits() {
        String level = (String) logLevel.getSelectedItem();
        return settings -> settings.withLogLevel(level);
    }

    private static String describe(String level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case "WARNING" -> Bundle.AdvancedTab_level_WARNING();
            case "FINE" -> Bundle.AdvancedTab_level_FINE();
            default -> Bundle.AdvancedTab_level_INFO();
        };
    }

    @OptionsPanelController.SubRegistration(location = StudioOptions.CATEGORY, id = "Advanced",
            displayName = "#AdvancedTab.name", keywords = "#AdvancedTab.keywords", keywordsCategory = "SoraStudio/Advanced",
            position = 700)
    public static final class Controller extends SettingsTabController {
        public Controller() {
            super(AdvancedTab::new);
        }
    }
}
