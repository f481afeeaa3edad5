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
import java.awt.Cursor;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.UIManager;
import org.openide.awt.StatusLineElementProvider;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The status bar's word on the active profile (name, server, key state); a click lists every
 * profile to switch to, as the toolbar's switcher does.
 */
@ServiceProvider(service = StatusLineElementProvider.class, position = 50)
@Messages("ActiveProfileStatus.tip=The profile new jobs go to; click to switch")
public final class ActiveProfileStatus implements StatusLineElementProvider {

    private JLabel label;

    @Override
    public synchronized Component getStatusLineElement() {
        if (label == null) {
            label = create(ProfileChoices.fromLookup());
        }
        return label;
    }

    /** The label bound to {@code choices}; blank when there is nothing to choose from. */
    static JLabel create(ProfileChoices choices) {
        JLabel label = new JLabel();
        label.setName("activeProfile");
        label.setToolTipText(Bundle.ActiveProfileStatus_tip());
        label.setBorder(BorderFactory.createEmptyBorder(0, 6, 0, 6));
        if (choices == null) {
            return label;
        }
        label.setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        PopupBinding binding = new PopupBinding(label, choices);
        choices.watch(binding::show);
        label.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                binding.popup().show(label, 0, -binding.popup().getPreferredSize().height);
            }
        });
        return label;
    }

    /** The label's text and the menu of profiles, from the last entries the settings gave. */
    private static final class PopupBinding {

        private final JLabel label;
        private final ProfileChoices choices;
        private List<ProfileEntry> entries = List.of();
        private String active = "";

        PopupBinding(JLabel label, ProfileChoices choices) {
            this.label = label;
            this.choices = choices;
        }

        void show(List<ProfileEntry> entries, String active) {
            this.entries = entries;
            this.active = active;
            ProfileEntry current = entries.stream().filter(e -> e.name().equals(active)).findFirst().orElse(null);
            label.setText(current == null ? active : current.label());
            label.setForeground(current != null && !current.hasKey() ? UIManager.getColor("Component.error.focusedBorderColor") : null);
        }

        JPopupMenu popup() {
            JPopupMenu menu = new JPopupMenu();
            ButtonGroup group = new ButtonGroup();
            for (ProfileEntry entry : entries) {
                JRadioButtonMenuItem item = new JRadioButtonMenuItem(entry.label(), entry.name().equals(active));
                item.addActionListener(e -> choices.switchTo(entry.name()));
                group.add(item);
                menu.add(item);
            }
            return menu;
        }
    }
}
