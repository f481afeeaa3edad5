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
package org.sorastudio.queue.ui;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.table.AbstractTableModel;
import org.sorastudio.queue.api.Job;

/**
 * The Queue window's rows: one per job, in queue order, with a job-id → row index. A batch of changes
 * ({@link #apply}) costs work in proportion to the rows it changes and reaches the table as a few ranged events
 * (rows updated, inserted or deleted), never one event per job nor a rebuild of every row; only a change that would
 * take more than {@link #MAX_RANGES} ranges (clearing thousands of finished jobs spread over the list, say) is told
 * as one "everything changed", after which the selection is restored by job id. EDT only.
 */
final class JobTableModel extends AbstractTableModel {

    /** Above this many separate ranges one batch is told as one data change: cheaper for the table than many events. */
    static final int MAX_RANGES = 32;

    private static final JobColumn[] COLUMNS = JobColumn.values();

    private final List<Job> rows = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** Jobs known but not yet in a row: the queue announced them before (or without) their place in its order. */
    private final Map<String, Job> waiting = new LinkedHashMap<>();
    private List<String> order = List.of();
    private final SelectionKeeper selection;

    /** Keeps the selection on the same jobs when the model has to tell the table that every row changed. */
    interface SelectionKeeper {
        /** The ids of the selected jobs, before a change. */
        Set<String> selectedIds();

        /** Selects the rows of {@code ids} again, after a change (ids without a row are passed over). */
        void select(Set<String> ids);
    }

    JobTableModel(SelectionKeeper selection) {
        this.selection = selection;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column].displayName;
    }

    /** The progress column's value is the job itself (its bar is coloured by the job's state); the rest is text. */
    @Override
    public Class<?> getColumnClass(int column) {
        return COLUMNS[column] == JobColumn.PROGRESS ? Job.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Job job = rows.get(row);
        return COLUMNS[column] == JobColumn.PROGRESS ? job : COLUMNS[column].text(job);
    }

    static JobColumn column(int column) {
        return COLUMNS[column];
    }

    Job job(int row) {
        return rows.get(row);
    }

    /** The row of a job, or -1 when it has none (yet). */
    int rowOf(String jobId) {
        Integer row = index.get(jobId);
        return row == null ? -1 : row;
    }

    /**
     * Takes in a batch: the latest state of {@code changed} jobs and, when not {@code null}, the queue's whole new
     * order. Jobs not in the order yet wait for it; jobs the order leaves out lose their rows.
     *
     * @return the rows of {@code changed} jobs whose content changed, as they are after the batch
     */
    List<Job> apply(Collection<Job> changed, List<String> newOrder) {
        // jobs that waited before this batch were announced before its order: if it leaves them out, they were removed
        Set<String> waitedBefore = newOrder == null || waiting.isEmpty() ? Set.of() : new HashSet<>(waiting.keySet());
        List<Job> updated = new ArrayList<>();
        BitSet updatedRows = new BitSet();
        for (Job job : changed) {
            Integer row = index.get(job.id());
            if (row == null) {
                waiting.put(job.id(), job);
            } else if (!rows.get(row).equals(job)) {
                rows.set(row, job);
                updatedRows.set(row);
                updated.add(job);
            }
        }
        fireUpdated(updatedRows);
        if (newOrder != null) {
            order = newOrder;
            dropRemoved(waitedBefore);
        }
        if (newOrder != null || !waiting.isEmpty()) {
            place();
        }
        return updated;
    }

    /** Forgets every row; the table hears one data change. */
    void clear() {
        rows.clear();
        index.clear();
        waiting.clear();
        order = List.of();
        fireTableDataChanged();
    }

    /** Fires one "rows updated" event per range of {@code updatedRows}, or one over all of them when there are many. */
    private void fireUpdated(BitSet updatedRows) {
        if (updatedRows.isEmpty()) {
            return;
        }
        List<int[]> ranges = ranges(updatedRows);
        if (ranges.size() > MAX_RANGES) {
            // one repaint of the span: the table only paints the rows it shows
            fireTableRowsUpdated(updatedRows.nextSetBit(0), updatedRows.length() - 1);
            return;
        }
        ranges.forEach(range -> fireTableRowsUpdated(range[0], range[1]));
    }

    /** Brings the rows into the queue's order, for the jobs this model has: deletes, inserts, moves; the cheapest way. */
    private void place() {
        List<String> target = new ArrayList<>(order.size());
        for (String id : order) {
            if (index.containsKey(id) || waiting.containsKey(id)) {
                target.add(id);
            }
        }
        if (sameIds(target)) {
            return;
        }
        Set<String> targetIds = new HashSet<>(target);
        BitSet removed = new BitSet();
        for (int row = 0; row < rows.size(); row++) {
            if (!targetIds.contains(rows.get(row).id())) {
                removed.set(row);
            }
        }
        BitSet inserted = new BitSet();
        for (int position = 0; position < target.size(); position++) {
            if (!index.containsKey(target.get(position))) {
                inserted.set(position);
            }
        }
        List<int[]> removedRanges = ranges(removed);
        List<int[]> insertedRanges = ranges(inserted);
        if (removedRanges.size() + insertedRanges.size() > MAX_RANGES || !keepsOrder(target, removed, inserted)) {
            if (removed.isEmpty() && inserted.isEmpty()) {
                move(target);
            } else {
                rebuild(target);
            }
            return;
        }
        for (int row = removed.nextSetBit(0); row >= 0; row = removed.nextSetBit(row + 1)) {
            index.remove(rows.get(row).id());
        }
        for (int i = removedRanges.size() - 1; i >= 0; i--) {
            int[] range = removedRanges.get(i);
            rows.subList(range[0], range[1] + 1).clear();
            fireTableRowsDeleted(range[0], range[1]);
        }
        for (int[] range : insertedRanges) {
            List<Job> jobs = new ArrayList<>(range[1] - range[0] + 1);
            for (int position = range[0]; position <= range[1]; position++) {
                jobs.add(waiting.remove(target.get(position)));
            }
            rows.addAll(range[0], jobs);
            fireTableRowsInserted(range[0], range[1]);
        }
        reindexFrom(Math.min(removed.isEmpty() ? rows.size() : removed.nextSetBit(0),
                inserted.isEmpty() ? rows.size() : inserted.nextSetBit(0)));
    }

    /** Whether the rows kept, in their present order, are the target without the inserted jobs: no job moved. */
    private boolean keepsOrder(List<String> target, BitSet removed, BitSet inserted) {
        int row = removed.nextClearBit(0);
        for (int position = inserted.nextClearBit(0); position < target.size(); position = inserted.nextClearBit(position + 1)) {
            if (row >= rows.size() || !rows.get(row).id().equals(target.get(position))) {
                return false;
            }
            row = removed.nextClearBit(row + 1);
        }
        return row >= rows.size();
    }

    /** The same jobs in a new order (Move Up, Move Down): the span that differs is updated, the selection follows its jobs. */
    private void move(List<String> target) {
        int first = 0;
        while (rows.get(first).id().equals(target.get(first))) {
            first++;
        }
        int last = rows.size() - 1;
        while (rows.get(last).id().equals(target.get(last))) {
            last--;
        }
        Set<String> selected = selection.selectedIds();
        List<Job> span = new ArrayList<>(last - first + 1);
        for (int position = first; position <= last; position++) {
            span.add(rows.get(index.get(target.get(position))));
        }
        for (int position = first; position <= last; position++) {
            rows.set(position, span.get(position - first));
        }
        reindexFrom(first);
        fireTableRowsUpdated(first, last);
        selection.select(selected);
    }

    /** Every row anew, told as one data change; the selection is restored by job id. */
    private void rebuild(List<String> target) {
        Set<String> selected = selection.selectedIds();
        List<Job> next = new ArrayList<>(target.size());
        for (String id : target) {
            Integer row = index.get(id);
            next.add(row != null ? rows.get(row) : waiting.remove(id));
        }
        rows.clear();
        rows.addAll(next);
        index.clear();
        reindexFrom(0);
        fireTableDataChanged();
        selection.select(selected);
    }

    private boolean sameIds(List<String> target) {
        if (target.size() != rows.size()) {
            return false;
        }
        for (int row = 0; row < rows.size(); row++) {
            if (!rows.get(row).id().equals(target.get(row))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Forgets the jobs of {@code announcedEarlier} that the order leaves out. The queue announces jobs in the order it
     * changes them, so an order that arrives after a job was announced and does not hold it was made after the job was
     * removed; a job announced in the same batch as the order may have come either side of it and keeps waiting.
     */
    private void dropRemoved(Set<String> announcedEarlier) {
        if (announcedEarlier.isEmpty()) {
            return;
        }
        announcedEarlier.removeAll(new HashSet<>(order));
        waiting.keySet().removeAll(announcedEarlier);
    }

    private void reindexFrom(int first) {
        for (int row = first; row < rows.size(); row++) {
            index.put(rows.get(row).id(), row);
        }
    }

    /** The runs of set bits, as [first, last] pairs in ascending order. */
    private static List<int[]> ranges(BitSet bits) {
        List<int[]> ranges = new ArrayList<>();
        for (int first = bits.nextSetBit(0); first >= 0; ) {
            int end = bits.nextClearBit(first);
            ranges.add(new int[]{first, end - 1});
            first = bits.nextSetBit(end);
        }
        return ranges;
    }
}
