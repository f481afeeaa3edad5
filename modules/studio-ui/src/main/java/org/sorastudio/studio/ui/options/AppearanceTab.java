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
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.sorastudio.core.model.Settings;
import org.sorastudio.studio.ui.appearance.DesktopTheme;
import org.sorastudio.studio.ui.appearance.Theme;
import org.sorastudio.ui.support.api.OptionsForm;
import org.sorastudio.ui.support.api.OptionsTab;
import org.sorastudio.ui.support.api.SettingsTabController;
import org.sorastudio.ui.support.api.StudioOptions;

/** The Appearance tab: the theme and the text size, both switched live on OK or Apply. */
@Messages({
    "AppearanceTab.name=Appearance",
    "AppearanceTab.keywords=theme look and feel light dark high contrast font size text scale",
    "AppearanceTab.theme=&Theme:",
    "AppearanceTab.fontScale=Text &size (%):",
    "AppearanceTab.fontScaleTip=90 to 130 percent of the theme's own text size",
    "AppearanceTab.systemDark=Follows your desktop's setting: dark now",
    "AppearanceTab.systemLight=Follows your desktop's setting: light now",
    "AppearanceTab.systemUnknown=Your desktop does not tell whether it is light or dark: Sora Studio uses Light",
    "AppearanceTab.live=Both change at once, in every window, when you press Apply or OK."
})
final class AppearanceTab implements OptionsTab<Settings> {

    private static final RequestProcessor DESKTOP_QUESTION = new RequestProcessor(AppearanceTab.class.getName(), 1);

    private final OptionsForm form = new OptionsForm();
    private final JComboBox<Theme> theme = new JComboBox<>(Theme.values());
    private final JSpinner fontScale = new JSpinner(new SpinnerNumberModel(Settings.DEFAULT_FONT_SCALE, Settings.MIN_FONT_SCALE,
            Settings.MAX_FONT_SCALE, 5));
    private String systemNote = Bundle.AppearanceTab_systemUnknown();

    AppearanceTab(Runnable edited) {
        theme.setName("theme");
        fontScale.setName("fontScale");
        fontScale.setToolTipText(Bundle.AppearanceTab_fontScaleTip());
        theme.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focused) {
                JLabel label = (JLabel) super.getListCellRendererComponent(list, value, index, selected, focused);
                label.setToolTipText(value == Theme.SYSTEM ? systemNote : null);
                return label;
            }
        });
        JLabel live = new JLabel(Bundle.AppearanceTab_live());
        live.setForeground(UIManager.getColor("Label.disabledForeground"));
        form.row(Bundle.AppearanceTab_theme(), theme).row(Bundle.AppearanceTab_fontScale(), fontScale).note(live).done();
        theme.addActionListener(e -> {
            updateThemeTip();
            edited.run();
        });
        fontScale.addChangeListener(e -> edited.run());
        DESKTOP_QUESTION.post(() -> {
            String note = new DesktopTheme().prefersDark().map(dark -> dark ? Bundle.AppearanceTab_systemDark()
                    : Bundle.AppearanceTab_systemLight()).orElse(Bundle.AppearanceTab_systemUnknown());
            SwingUtilities.invokeLater(() -> {
                systemNote = note;
                updateThemeTip();
            });
        });
    }

    @Override
    public JComponent component() {
        return form;
    }

    @Override
    public void load(Settings settings) {
        Theme chosen = Theme.of(settings.theme());
        theme.setSelectedItem(chosen == null ? Theme.DEFAULT : chosen);
        fontScale.setValue(settings.fontScalePercent());
        updateThemeTip();
    }

    @Override
    public UnaryOperator<Settings> edits() {
        Theme chosen = (Theme) theme.getSelectedItem();
        String setting = chosen == null ? null : chosen.setting();
        int scale = (Integer) fontScale.getValue();
        return settings -> settings.withAppearance(
                // the default theme stays unset, so that a file that never chose one keeps following the branding
                settings.theme() == null && Theme.of(setting) == Theme.DEFAULT ? null : setting, scale);
    }

    private void updateThemeTip() {
        theme.setToolTipText(theme.getSelectedItem() == Theme.SYSTEM ? systemNote : null);
    }

    @OptionsPanelController.SubRegistration(location = StudioOptions.CATEGORY, id = "Appearance",
            displayName = "#AppearanceTab.name", keywords = "#AppearanceTab.keywords", keywordsCategory = "SoraStudio/Appearance",
            position = 600)
    public static final class Controller extends SettingsTabController {
        public Controller() {
            super(AppearanceTab::new);
        }
    }
}
