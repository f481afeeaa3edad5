package org.sorastudio.templates.ui.wizard;

import java.util.List;
import javax.swing.table.DefaultTableModel;

/** A table model the user can look at but not type into. */
final class ReadOnlyTableModel extends DefaultTableModel {

    ReadOnlyTableModel(String... columns) {
        super(columns, 0);
    }

    void setRows(List<Object[]> rows) {
        setRowCount(0);
        rows.forEach(this::addRow);
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return false;
    }
}
