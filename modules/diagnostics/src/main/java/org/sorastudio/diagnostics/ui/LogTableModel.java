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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import javax.swing.table.AbstractTableModel;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.diagnostics.capture.LogLine;

/**
 * The lines of the Logs window: at most {@code capacity} kept, of which those at or above the
 * chosen level and containing the search text are shown. Lines arrive in batches, and each batch
 * is one insertion (and at most one removal of the oldest) for the table.
 */
@Messages({
    "LogTable.time=Time",
    "LogTable.level=Level",
    "LogTable.source=Source",
    "LogTable.message=Message"
})
final class LogTableModel extends AbstractTableModel {

    static final int TIME = 0;
    static final int LEVEL = 1;
    static final int SOURCE = 2;
    static final int MESSAGE = 3;

    private final int capacity;
    private final List<LogLine> kept = new ArrayList<>();
    private final List<LogLine> shown = new ArrayList<>();
    private Level threshold = Level.ALL;
    private String search = "";

    LogTableModel(int capacity) {
        this.capacity = capacity;
    }

    /** Adds a batch of newer lines, forgetting the oldest beyond the capacity. */
    void append(List<LogLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        kept.addAll(lines);
        long oldestKept = Long.MIN_VALUE;
        if (kept.size() > capacity) {
            kept.subList(0, kept.size() - capacity).clear();
            oldestKept = kept.get(0).sequence();
            int forgotten = 0;
            while (forgotten < shown.size() && shown.get(forgotten).sequence() < oldestKept) {
                forgotten++;
            }
            if (forgotten > 0) {
                shown.subList(0, forgotten).clear();
                fireTableRowsDeleted(0, forgotten - 1);
            }
        }
        int first = shown.size();
        for (LogLine line : lines) {
            if (line.sequence() >= oldestKept && matches(line)) {
                shown.add(line);
            }
        }
        if (shown.size() > first) {
            fireTableRowsInserted(first, shown.size() - 1);
        }
    }

    /** Shows the lines at or above {@code level} that contain {@code text} (any case). */
    void filter(Level level, String text) {
        threshold = level;
        search = text.strip().toLowerCase(Locale.ROOT);
        shown.clear();
        kept.stream().filter(this::matches).forEach(shown::add);
        fireTableDataChanged();
    }

    void clear() {
        kept.clear();
        shown.clear();
        fireTableDataChanged();
    }

    LogLine lineAt(int row) {
        return shown.get(row);
    }

    int keptCount() {
        return kept.size();
    }

    /** Every shown line, oldest first. */
    List<LogLine> shownLines() {
        return List.copyOf(shown);
    }

    private boolean matches(LogLine line) {
        return line.level().intValue() >= threshold.intValue() && (search.isEmpty()
                || line.text().toLowerCase(Locale.ROOT).contains(search) || line.source().toLowerCase(Locale.ROOT).contains(search));
    }

    @Override
    public int getRowCount() {
        return shown.size();
    }

    @Override
    public int getColumnCount() {
        return 4;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case TIME -> Bundle.LogTable_time();
            case LEVEL -> Bundle.LogTable_level();
            case SOURCE -> Bundle.LogTable_source();
            default -> Bundle.LogTable_message();
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        LogLine line = shown.get(row);
        return switch (column) {
            case TIME -> line.time();
            case LEVEL -> line.level();
            case SOURCE -> line.source();
            default -> line.headline();
        };
    }
}
