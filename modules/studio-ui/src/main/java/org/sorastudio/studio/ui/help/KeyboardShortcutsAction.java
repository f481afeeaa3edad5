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
package org.sorastudio.studio.ui.help;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** Help &gt; Keyboard Shortcuts: every key bound in the keymap in force, with its action, in a dialog. */
@ActionID(category = "Help", id = "org.sorastudio.studio.ui.help.KeyboardShortcuts")
@ActionRegistration(displayName = "#KeyboardShortcuts.name")
@ActionReference(path = "Menu/Help", position = 120)
@Messages({
    "KeyboardShortcuts.name=&Keyboard Shortcuts",
    "KeyboardShortcuts.title=Keyboard Shortcuts",
    "KeyboardShortcuts.intro=The keys in force now. Change them in Options > Keymap.",
    "KeyboardShortcuts.action=Action",
    "KeyboardShortcuts.keys=Shortcut",
    "KeyboardShortcuts.table=Keyboard shortcuts",
    "KeyboardShortcuts.tableDescription=Each action and the key that runs it",
    "KeyboardShortcuts.everywhere=<html>Everywhere: Tab and Shift+Tab move between controls (Ctrl+Tab leaves a table or a "
        + "text area); Alt and an underlined letter press a button or open a menu; Ctrl+F1 shows the focused control's tooltip; "
        + "Shift+F10 opens its menu; Enter and Esc answer a dialog."
})
public final class KeyboardShortcutsAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        DialogDescriptor dialog = new DialogDescriptor(panel(ShortcutList.current()), Bundle.KeyboardShortcuts_title(), true,
                new Object[] {DialogDescriptor.CLOSED_OPTION}, DialogDescriptor.CLOSED_OPTION, DialogDescriptor.DEFAULT_ALIGN,
                null, null);
        DialogDisplayer.getDefault().notify(dialog);
    }

    /** The list as a table a screen reader announces by name. */
    static JPanel panel(List<ShortcutList.Entry> entries) {
        JTable table = new JTable(new AbstractTableModel() {
            @Override
            public int getRowCount() {
                return entries.size();
            }

            @Override
            public int getColumnCount() {
                return 2;
            }

            @Override
            public String getColumnName(int column) {
                return column == 0 ? Bundle.KeyboardShortcuts_action() : Bundle.KeyboardShortcuts_keys();
            }

            @Override
            public Object getValueAt(int row, int column) {
                ShortcutList.Entry entry = entries.get(row);
                return column == 0 ? entry.action() : entry.keys();
            }
        });
        table.setName("shortcuts");
        table.setAutoCreateRowSorter(true);
        table.getAccessibleContext().setAccessibleName(Bundle.KeyboardShortcuts_table());
        table.getAccessibleContext().setAccessibleDescription(Bundle.KeyboardShortcuts_tableDescription());
        if (!entries.isEmpty()) {
            table.setRowSelectionInterval(0, 0);
        }
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(560, 420));
        JLabel intro = new JLabel(Bundle.KeyboardShortcuts_intro());
        intro.setLabelFor(table);
        JPanel panel = new JPanel(new BorderLayout(0, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(12, 12, 0, 12));
        panel.add(intro, BorderLayout.NORTH);
        panel.add(scroll, BorderLayout.CENTER);
        // the keys no keymap lists, because Swing and the platform give them to every window
        JLabel everywhere = new JLabel(Bundle.KeyboardShortcuts_everywhere());
        everywhere.setName("everywhere");
        // the text wraps at the table's width; its height is what the wrapped lines need in this language and text size
        javax.swing.text.View lines = (javax.swing.text.View) everywhere.getClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey);
        if (lines != null) {
            lines.setSize(560, 0);
            everywhere.setPreferredSize(new Dimension(560, (int) Math.ceil(lines.getPreferredSpan(javax.swing.text.View.Y_AXIS))));
        }
        panel.add(everywhere, BorderLayout.SOUTH);
        return panel;
    }
}
