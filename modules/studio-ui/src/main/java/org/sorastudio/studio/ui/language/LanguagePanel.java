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
package org.sorastudio.studio.ui.language;

import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.l10n.StudioLanguage;

/**
 * The Language tab: which language the studio starts in. Each language is listed in its own name, so a person who
 * cannot read the language shown now still finds theirs; the choice applies after a restart, as the note says.
 */
@Messages({
    "LanguagePanel.language=&Language:",
    "LanguagePanel.system=System default",
    "LanguagePanel.restart=The studio shows the chosen language after a restart.",
    "# {0} - what the launcher was asked for, e.g. it_IT",
    "LanguagePanel.untranslated=The studio was started in \"{0}\", which it is not translated into, so it shows English."
})
final class LanguagePanel extends JPanel {

    private final JComboBox<StudioLanguage> languages = new JComboBox<>(StudioLanguage.values());
    private final JLabel untranslated = new JLabel(" ");

    LanguagePanel(Runnable changed) {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        languages.setName("language");
        languages.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focused) {
                return super.getListCellRendererComponent(list, label((StudioLanguage) value), index, selected, focused);
            }
        });
        languages.addActionListener(e -> changed.run());
        JLabel caption = new JLabel();
        Mnemonics.setLocalizedText(caption, Bundle.LanguagePanel_language());
        caption.setLabelFor(languages);
        JLabel restart = new JLabel(Bundle.LanguagePanel_restart());
        restart.setName("restartNote");
        untranslated.setName("untranslated");

        GridBagConstraints at = new GridBagConstraints();
        at.anchor = GridBagConstraints.LINE_START;
        at.insets = new Insets(0, 0, 6, 6);
        add(caption, at);
        at.gridx = 1;
        add(languages, at);
        at.gridx = 0;
        at.gridy = 1;
        at.gridwidth = 2;
        add(restart, at);
        at.gridy = 2;
        add(untranslated, at);
        at.gridy = 3;
        at.weightx = 1;
        at.weighty = 1;
        add(new JLabel(), at);
    }

    /** Shows the kept choice: {@code launcherTag} as the launcher configuration has it (empty: the system's). */
    void show(String launcherTag) {
        StudioLanguage kept = StudioLanguage.forTag(launcherTag).orElse(StudioLanguage.SYSTEM);
        languages.setSelectedItem(kept);
        boolean unknown = StudioLanguage.forTag(launcherTag).isEmpty();
        untranslated.setText(unknown ? Bundle.LanguagePanel_untranslated(launcherTag) : " ");
    }

    StudioLanguage chosen() {
        return (StudioLanguage) languages.getSelectedItem();
    }

    private static String label(StudioLanguage language) {
        return language == StudioLanguage.SYSTEM ? Bundle.LanguagePanel_system() : language.nativeName();
    }
}
