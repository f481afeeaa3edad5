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

import java.awt.Color;
import java.awt.Component;
import java.util.List;
import java.util.function.IntFunction;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import org.sorastudio.core.spi.JobAnnotator.Annotation;
import org.sorastudio.queue.api.Job;

/**
 * The "Last status" cell with the notes other modules put on its job: a note is newer news than the queue's last status
 * ("downloaded ..."), so the cell says the note instead ("post-processing failed: Make GIF: exited with status 1"), in
 * the error colour when it needs the user, with the notes' details and the queue's status as the tooltip. A row without
 * notes paints as before.
 */
final class AnnotatedStatusRenderer extends DefaultTableCellRenderer {

    private static final long serialVersionUID = 1L;

    private final transient JobAnnotations annotations;
    private final transient IntFunction<Job> jobAtRow;

    AnnotatedStatusRenderer(JobAnnotations annotations, IntFunction<Job> jobAtRow) {
        this.annotations = annotations;
        this.jobAtRow = jobAtRow;
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused, int row,
            int column) {
        // this renderer's setForeground keeps its colour for every later cell: the table's colour unless a note says otherwise
        setForeground(null);
        super.getTableCellRendererComponent(table, value, selected, focused, row, column);
        List<Annotation> notes = annotations.of(jobAtRow.apply(row).id());
        setToolTipText(null);
        if (notes.isEmpty()) {
            return this;
        }
        StringBuilder text = new StringBuilder();
        StringBuilder tip = new StringBuilder();
        boolean problem = false;
        for (Annotation note : notes) {
            text.append(text.length() == 0 ? "" : " · ").append(note.text());
            tip.append(note.detail().isEmpty() ? note.text() : note.detail()).append(" · ");
            problem |= note.problem();
        }
        tip.append(value);
        setText(text.toString());
        // wrapped: a reason quotes a program's last line and would run off the screen as one line
        setToolTipText("<html><body style='width: 480px'>" + tip.toString().replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;") + "</body></html>");
        Color error = UIManager.getColor("Component.error.focusedBorderColor");
        if (problem && !selected && error != null) {
            setForeground(error);
        }
        return this;
    }
}
