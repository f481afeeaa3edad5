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
package org.sorastudio.templates.ui.wizard;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.table.TableColumn;

/** Column widths that follow what a table shows. */
final class TableColumns {

    private static final int PADDING = 12;

    private TableColumns() {
    }

    /** Makes each column as wide as its header and cells, at most {@code maxWidth}; for tables that scroll sideways. */
    static void fitToContent(JTable table, int maxWidth) {
        for (int column = 0; column < table.getColumnCount(); column++) {
            TableColumn tableColumn = table.getColumnModel().getColumn(column);
            Component header = table.getTableHeader().getDefaultRenderer()
                    .getTableCellRendererComponent(table, tableColumn.getHeaderValue(), false, false, -1, column);
            int width = header.getPreferredSize().width;
            for (int row = 0; row < table.getRowCount(); row++) {
                Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
                width = Math.max(width, cell.getPreferredSize().width);
            }
            tableColumn.setPreferredWidth(Math.min(maxWidth, width + PADDING));
        }
    }
}
