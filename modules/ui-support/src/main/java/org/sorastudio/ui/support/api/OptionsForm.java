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
package org.sorastudio.ui.support.api;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.text.JTextComponent;
import org.openide.awt.Mnemonics;

/** A tab's form: labelled fields one under another, each label bound to its field with its mnemonic. */
public final class OptionsForm extends JPanel {

    private static final long serialVersionUID = 1L;
    private int rows;

    public OptionsForm() {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    }

    /** A field with its label ({@code &} before the mnemonic, as in the bundle) and, to its right, an optional extra. */
    public OptionsForm row(String label, JComponent field, JComponent extra) {
        JLabel caption = new JLabel();
        Mnemonics.setLocalizedText(caption, label);
        caption.setLabelFor(field);
        add(caption, at(0, rows, 1));
        GridBagConstraints c = at(1, rows, extra == null ? 2 : 1);
        // text takes the width there is; a spinner or a choice keeps its own
        c.fill = field instanceof JTextComponent ? GridBagConstraints.HORIZONTAL : GridBagConstraints.NONE;
        c.weightx = 1;
        add(field, c);
        if (extra != null) {
            add(extra, at(2, rows, 1));
        }
        rows++;
        return this;
    }

    public OptionsForm row(String label, JComponent field) {
        return row(label, field, null);
    }

    /** A line of explanation under the fields, in the look and feel's quieter colour. */
    public OptionsForm note(JComponent note) {
        add(note, at(1, rows++, 2));
        return this;
    }

    /** Keeps the rows at the top of the tab. */
    public OptionsForm done() {
        GridBagConstraints rest = at(0, rows, 3);
        rest.weighty = 1;
        add(new JPanel(), rest);
        return this;
    }

    private static GridBagConstraints at(int x, int y, int width) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(3, 4, 3, 4);
        return c;
    }
}
