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
package org.sorastudio.diagnostics.ui;

import java.awt.Color;
import java.awt.Component;
import java.util.logging.Level;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import org.openide.util.NbBundle.Messages;

/** A record's level in words, errors and warnings in the look and feel's red and yellow. */
@Messages({
    "Level.error=Error",
    "Level.warning=Warning",
    "Level.info=Info",
    "Level.detail=Detail"
})
final class LevelRenderer extends DefaultTableCellRenderer {

    static String nameOf(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return Bundle.Level_error();
        }
        if (level.intValue() >= Level.WARNING.intValue()) {
            return Bundle.Level_warning();
        }
        return level.intValue() >= Level.INFO.intValue() ? Bundle.Level_info() : Bundle.Level_detail();
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row, int column) {
        Level level = (Level) value;
        super.getTableCellRendererComponent(table, nameOf(level), selected, focused, row, column);
        if (!selected) {
            // FlatLaf's palette keys; another look and feel keeps the table's own colour.
            Color colour = level.intValue() >= Level.SEVERE.intValue() ? UIManager.getColor("Actions.Red")
                    : level.intValue() >= Level.WARNING.intValue() ? UIManager.getColor("Actions.Yellow") : null;
            setForeground(colour != null ? colour : table.getForeground());
        }
        return this;
    }
}
