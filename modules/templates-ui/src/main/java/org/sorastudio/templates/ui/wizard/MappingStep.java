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

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import org.openide.WizardDescriptor;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.templates.batch.BatchPlan;
import org.sorastudio.templates.batch.ColumnMapping;
import org.sorastudio.templates.batch.ShotParameter;
import org.sorastudio.templates.csv.CsvRow;
import org.sorastudio.templates.pattern.PatternProblem;
import org.sorastudio.templates.ui.BackgroundWork;
import org.sorastudio.templates.ui.UserMessages;

/**
 * Step 3: which column fills each placeholder and each shot parameter. Starts with the engine's
 * suggestion; every change is checked again (in the background, since the header is re-read) and
 * the problems listed: undefined placeholders block, unused columns are pointed out.
 */
@Messages({
    "MappingStep.title=Column Mapping",
    "MappingStep.target=Fills",
    "MappingStep.column=From column",
    "MappingStep.sample=Value in the first row",
    "MappingStep.notMapped=(not mapped)",
    "# {0} - variable",
    "MappingStep.variable=placeholder '{'{0}'}'",
    "# {0} - parameter",
    "MappingStep.parameter=shot {0}",
    "MappingStep.problems=Problems",
    "MappingStep.tableName=Column mapping: what each column of the file fills",
    "MappingStep.noProblems=Every placeholder has a column and every column is used.",
    "MappingStep.checking=Checking the mapping…",
    "# {0} - count",
    "MappingStep.blocking={0} problem(s) must be fixed before shots can be made; see the list below.",
    "# {0} - count",
    "MappingStep.warnings={0} note(s) below; shots can be made."
})
final class MappingStep extends WizardStep {

    /** A row of the mapping table: a placeholder or a shot parameter. */
    private record Target(String variable, ShotParameter parameter) {
        String label() {
            return variable != null ? Bundle.MappingStep_variable(variable) : Bundle.MappingStep_parameter(parameter.label());
        }

        Optional<String> column(ColumnMapping mapping) {
            return variable != null ? mapping.columnOf(variable) : mapping.columnOf(parameter);
        }

        ColumnMapping with(ColumnMapping mapping, String column) {
            if (variable != null) {
                return column == null ? mapping.withoutVariable(variable) : mapping.withVariable(variable, column);
            }
            return column == null ? mapping.withoutParameter(parameter) : mapping.withParameter(parameter, column);
        }
    }

    private final BackgroundWork work = new BackgroundWork("CSV wizard: mapping");
    private final MappingTableModel targets = new MappingTableModel();
    private final JComboBox<String> columnChoice = new JComboBox<>();
    private final DefaultListModel<PatternProblem> problems = new DefaultListModel<>();
    private final JLabel status = new JLabel(" ");
    private boolean planning;

    MappingStep(CsvImportModel model) {
        super(model, Bundle.MappingStep_title(), new BorderLayout(0, 6));
        JTable table = new JTable(targets);
        table.setName("mapping");
        table.getAccessibleContext().setAccessibleName(Bundle.MappingStep_tableName());
        table.setRowHeight(Math.max(table.getRowHeight(), columnChoice.getPreferredSize().height));
        table.getColumnModel().getColumn(1).setCellEditor(new DefaultCellEditor(columnChoice));
        table.setSurrendersFocusOnKeystroke(true);
        JList<PatternProblem> list = new JList<>(problems);
        list.setName("mappingProblems");
        list.setCellRenderer(new ProblemRenderer());
        status.setName("mappingStatus");
        JPanel lower = new JPanel(new BorderLayout(0, 2));
        JLabel problemsCaption = new JLabel(Bundle.MappingStep_problems());
        problemsCaption.setLabelFor(list);
        lower.add(problemsCaption, BorderLayout.NORTH);
        lower.add(new JScrollPane(list), BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), lower);
        split.setResizeWeight(0.6);
        split.setBorder(null);
        panel.add(split, BorderLayout.CENTER);
        panel.add(status, BorderLayout.SOUTH);
    }

    @Override
    protected void entered() {
        columnChoice.removeAllItems();
        columnChoice.addItem(Bundle.MappingStep_notMapped());
        model.plan.header().names().forEach(columnChoice::addItem);
        showPlan();
    }

    private void showPlan() {
        BatchPlan plan = model.plan;
        List<Target> rows = new ArrayList<>();
        plan.usedVariables().forEach(v -> rows.add(new Target(v, null)));
        for (ShotParameter parameter : ShotParameter.values()) {
            rows.add(new Target(null, parameter));
        }
        targets.show(rows, plan.mapping());
        problems.clear();
        plan.problems().forEach(problems::addElement);
        long blocking = plan.problems().stream().filter(PatternProblem::blocking).count();
        if (blocking > 0) {
            status.setText(Bundle.MappingStep_blocking(blocking));
            message(WizardDescriptor.PROP_ERROR_MESSAGE, plan.problems().get(0).toString());
        } else if (!plan.problems().isEmpty()) {
            status.setText(Bundle.MappingStep_warnings(plan.problems().size()));
            message(WizardDescriptor.PROP_WARNING_MESSAGE, plan.problems().get(0).toString());
        } else {
            status.setText(Bundle.MappingStep_noProblems());
            message(WizardDescriptor.PROP_INFO_MESSAGE, null);
        }
        fireChange();
    }

    private void remap(ColumnMapping mapping) {
        if (mapping.equals(model.plan.mapping())) {
            return;
        }
        planning = true;
        status.setText(Bundle.MappingStep_checking());
        fireChange();
        var request = model.plan.request().withMapping(mapping);
        work.submit(() -> model.expander.plan(request), plan -> {
            planning = false;
            model.setPlan(plan);
            showPlan();
        }, e -> {
            planning = false;
            status.setText(UserMessages.describe(e));
            message(WizardDescriptor.PROP_ERROR_MESSAGE, UserMessages.describe(e));
            fireChange();
        });
    }

    @Override
    public boolean isValid() {
        return !planning && model.plan != null && model.plan.isRunnable();
    }

    /** The first data row's value in {@code column}, to show what a choice means. */
    private String sample(String column) {
        int index = column == null ? -1 : model.plan.header().indexOf(column);
        if (index < 0 || model.sampleRows.isEmpty()) {
            return "";
        }
        CsvRow first = model.sampleRows.get(0);
        return first.get(index);
    }

    private final class MappingTableModel extends AbstractTableModel {

        private List<Target> rows = List.of();
        private ColumnMapping mapping = ColumnMapping.empty();

        void show(List<Target> targets, ColumnMapping current) {
            rows = targets;
            mapping = current;
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case 0 -> Bundle.MappingStep_target();
                case 1 -> Bundle.MappingStep_column();
                default -> Bundle.MappingStep_sample();
            };
        }

        @Override
        public Object getValueAt(int row, int column) {
            Optional<String> source = rows.get(row).column(mapping);
            return switch (column) {
                case 0 -> rows.get(row).label();
                case 1 -> source.orElse(Bundle.MappingStep_notMapped());
                default -> sample(source.orElse(null));
            };
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 1 && !planning;
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            String chosen = value == null || Bundle.MappingStep_notMapped().equals(value) ? null : value.toString();
            mapping = rows.get(row).with(mapping, chosen);
            fireTableRowsUpdated(row, row);
            remap(mapping);
        }
    }

    /** Blocking problems in the error colour, notes in the normal one. */
    private static final class ProblemRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focused) {
            super.getListCellRendererComponent(list, value, index, selected, focused);
            if (value instanceof PatternProblem problem) {
                setText((problem.blocking() ? "✖ " : "• ") + problem);
                if (problem.blocking() && !selected) {
                    setForeground(Optional.ofNullable(UIManager.getColor("Component.error.focusedBorderColor"))
                            .orElse(UIManager.getColor("Actions.Red")));
                }
            }
            return this;
        }
    }
}
