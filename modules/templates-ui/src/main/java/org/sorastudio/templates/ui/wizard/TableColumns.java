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
