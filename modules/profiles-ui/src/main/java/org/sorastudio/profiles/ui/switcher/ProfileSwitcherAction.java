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
package org.sorastudio.profiles.ui.switcher;

import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.openide.util.actions.Presenter;

/**
 * The toolbar's profile switcher: every profile with its server and whether its key is stored; the
 * choice is the profile new jobs go to, at once, as in Tools > Options.
 */
@ActionID(category = "Profiles", id = "org.sorastudio.profiles.ui.switcher.ProfileSwitcherAction")
@ActionRegistration(displayName = "#CTL_ProfileSwitcher", lazy = false)
@ActionReference(path = "Toolbars/Profiles", position = 10)
@Messages({
    "CTL_ProfileSwitcher=Profile",
    "ProfileSwitcher.label=Generate with:",
    "ProfileSwitcher.tip=The server new jobs go to; jobs already sent finish where they are",
    "ProfileSwitcher.rates=Rate limits and quota, as each server last said:",
    "# the toolbar's name in View > Toolbars (layer.xml's Toolbars/Profiles)",
    "ProfileSwitcher.toolbar=Profiles"
})
public final class ProfileSwitcherAction extends AbstractAction implements Presenter.Toolbar {

    private static final long serialVersionUID = 1L;

    public ProfileSwitcherAction() {
        super(Bundle.CTL_ProfileSwitcher());
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        // the toolbar shows the presenter; there is nothing to do as a plain action
    }

    @Override
    public Component getToolbarPresenter() {
        return presenter(ProfileChoices.fromLookup());
    }

    /** The label and the combo box, bound to {@code choices}; empty when there is nothing to choose from. */
    static JPanel presenter(ProfileChoices choices) {
        JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        panel.setOpaque(false);
        if (choices == null) {
            return panel;
        }
        JLabel label = new JLabel(Bundle.ProfileSwitcher_label());
        JComboBox<ProfileEntry> combo = new JComboBox<>();
        combo.setName("profileSwitcher");
        combo.setToolTipText(Bundle.ProfileSwitcher_tip());
        combo.getAccessibleContext().setAccessibleName(Bundle.CTL_ProfileSwitcher());
        label.setLabelFor(combo);
        label.setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 0));
        new ComboBinding(combo, choices).start();
        panel.add(label);
        panel.add(combo);
        return panel;
    }

    /** Keeps the combo box in step with the settings, and switches when the user picks another entry. */
    private static final class ComboBinding {

        private final JComboBox<ProfileEntry> combo;
        private final ProfileChoices choices;
        private boolean showing;

        ComboBinding(JComboBox<ProfileEntry> combo, ProfileChoices choices) {
            this.combo = combo;
            this.choices = choices;
        }

        void start() {
            // the tooltip says each profile's rate-limit state as its server last sent it, read again every 2 s while shown
            Timer rates = new Timer(2000, e -> choices.readRateStates(this::showRates));
            rates.setInitialDelay(0);
            combo.addHierarchyListener(e -> {
                if (combo.isShowing()) {
                    rates.start();
                } else {
                    rates.stop();
                }
            });
            combo.addActionListener(e -> {
                if (!showing && combo.getSelectedItem() instanceof ProfileEntry picked) {
                    choices.switchTo(picked.name());
                }
            });
            choices.watch(this::show);
        }

        private void showRates(List<String> lines) {
            StringBuilder tip = new StringBuilder("<html>").append(escape(Bundle.ProfileSwitcher_tip())).append("<br><br><b>")
                    .append(escape(Bundle.ProfileSwitcher_rates())).append("</b>");
            lines.forEach(line -> tip.append("<br>").append(escape(line)));
            combo.setToolTipText(tip.append("</html>").toString());
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        private void show(List<ProfileEntry> entries, String active) {
            showing = true;
            try {
                DefaultComboBoxModel<ProfileEntry> model = new DefaultComboBoxModel<>(entries.toArray(ProfileEntry[]::new));
                entries.stream().filter(e -> e.name().equals(active)).findFirst().ifPresent(model::setSelectedItem);
                combo.setModel(model);
            } finally {
                showing = false;
            }
        }
    }
}
