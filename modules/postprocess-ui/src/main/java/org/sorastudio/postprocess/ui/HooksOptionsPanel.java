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
package org.sorastudio.postprocess.ui;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.AbstractTableModel;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.HookStep;
import org.sorastudio.core.model.PostProcessingSettings;
import org.sorastudio.postprocess.ClipValues;
import org.sorastudio.postprocess.HookPresets;
import org.sorastudio.ui.support.api.WrappedText;

/**
 * Tools > Options > Post-processing: the steps every downloaded clip goes through (add a preset or a step of one's own,
 * switch off, reorder, edit its arguments one per line), the free space that must stay in the output folder, and which
 * events notify. Plain Swing, no I/O: the controller loads and saves.
 */
@Messages({
    "HooksOptions.steps=Steps run on every downloaded clip, in order (each in its own process, no shell):",
    "HooksOptions.on=On",
    "HooksOptions.step=Step",
    "HooksOptions.addPreset=A&dd Preset",
    "HooksOptions.addStep=Add &Step",
    "HooksOptions.newStep=New step",
    "HooksOptions.remove=&Remove",
    "HooksOptions.up=&Move Up",
    "HooksOptions.down=Mo&ve Down",
    "HooksOptions.name=Name:",
    "HooksOptions.arguments=Program and arguments, one per line:",
    "HooksOptions.timeout=Timeout (seconds):",
    "# {0} - placeholders",
    "HooksOptions.placeholders=Placeholders: {0}",
    "HooksOptions.disk=Disk space",
    "HooksOptions.threshold=Keep free in the output folder (MB):",
    "HooksOptions.thresholdHint=A batch that would leave less is warned about before it is sent, "
            + "and the queue pauses before a download goes below it.",
    "HooksOptions.notifications=Notifications",
    "HooksOptions.jobCompleted=&Each clip that arrives",
    "HooksOptions.jobFailed=Each &job that fails",
    "HooksOptions.batchFinished=Each &batch that finishes",
    "HooksOptions.postProcessingFailed=&Post-processing that fails",
    "HooksOptions.sound=Play &a sound",
    "HooksOptions.unfocused=&Only when the studio is not the active window"
})
final class HooksOptionsPanel extends JPanel {

    private final List<HookStep> steps = new ArrayList<>();
    private final StepTableModel model = new StepTableModel();
    private final JTable table = new JTable(model);
    private final JTextField name = new JTextField(24);
    private final JTextArea arguments = new JTextArea(7, 36);
    private final JSpinner timeout = new JSpinner(new SpinnerNumberModel(HookStep.DEFAULT_TIMEOUT_SECONDS, 1, 86_400, 10));
    private final JSpinner threshold = new JSpinner(new SpinnerNumberModel(2048L, 0L, 10_000_000L, 256L));
    private final JCheckBox jobCompleted = check(Bundle.HooksOptions_jobCompleted(), "jobCompleted");
    private final JCheckBox jobFailed = check(Bundle.HooksOptions_jobFailed(), "jobFailed");
    private final JCheckBox batchFinished = check(Bundle.HooksOptions_batchFinished(), "batchFinished");
    private final JCheckBox postProcessingFailed = check(Bundle.HooksOptions_postProcessingFailed(), "postProcessingFailed");
    private final JCheckBox sound = check(Bundle.HooksOptions_sound(), "sound");
    private final JCheckBox unfocused = check(Bundle.HooksOptions_unfocused(), "onlyWhenUnfocused");
    private final Runnable changed;
    private boolean loading;

    HooksOptionsPanel(Runnable changed) {
        this.changed = changed;
        build();
    }

    void load(PostProcessingSettings settings, NotificationPreferences notifications) {
        loading = true;
        try {
            steps.clear();
            steps.addAll(settings.hooks());
            model.fireTableDataChanged();
            threshold.setValue(settings.freeSpaceThresholdMb());
            jobCompleted.setSelected(notifications.jobCompleted());
            jobFailed.setSelected(notifications.jobFailed());
            batchFinished.setSelected(notifications.batchFinished());
            postProcessingFailed.setSelected(notifications.postProcessingFailed());
            sound.setSelected(notifications.sound());
            unfocused.setSelected(notifications.onlyWhenUnfocused());
            select(steps.isEmpty() ? -1 : 0);
        } finally {
            loading = false;
        }
    }

    PostProcessingSettings postProcessing() {
        return new PostProcessingSettings(List.copyOf(steps), ((Number) threshold.getValue()).longValue());
    }

    NotificationPreferences notifications() {
        return new NotificationPreferences(jobCompleted.isSelected(), jobFailed.isSelected(), batchFinished.isSelected(),
                postProcessingFailed.isSelected(), sound.isSelected(), unfocused.isSelected());
    }

    private void build() {
        setLayout(new BorderLayout(0, 10));
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        add(stepsSection(), BorderLayout.CENTER);
        JPanel bottom = new JPanel(new GridLayout(1, 2, 12, 0));
        bottom.add(diskSection());
        bottom.add(notificationSection());
        add(bottom, BorderLayout.SOUTH);
    }

    private JPanel stepsSection() {
        table.setName("steps");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(0).setMaxWidth(40);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });
        JScrollPane list = new JScrollPane(table);
        list.setPreferredSize(new java.awt.Dimension(230, 180));

        JButton addPreset = button(Bundle.HooksOptions_addPreset() + " ▾", "addPreset");
        JPopupMenu presets = new JPopupMenu();
        for (HookStep preset : HookPresets.ALL) {
            JMenuItem item = new JMenuItem(preset.name());
            item.setName("preset:" + preset.name());
            item.addActionListener(e -> add(preset));
            presets.add(item);
        }
        addPreset.addActionListener(e -> presets.show(addPreset, 0, addPreset.getHeight()));
        JButton addStep = button(Bundle.HooksOptions_addStep(), "addStep");
        addStep.addActionListener(e -> add(new HookStep(Bundle.HooksOptions_newStep(), List.of("{ffmpeg}", "-i", "{clip}"),
                HookStep.DEFAULT_TIMEOUT_SECONDS, true)));
        JButton remove = button(Bundle.HooksOptions_remove(), "remove");
        remove.addActionListener(e -> removeSelected());
        JButton up = button(Bundle.HooksOptions_up(), "up");
        up.addActionListener(e -> moveSelected(-1));
        JButton down = button(Bundle.HooksOptions_down(), "down");
        down.addActionListener(e -> moveSelected(1));
        JPanel buttons = new JPanel(new GridLayout(0, 1, 0, 4));
        for (JButton b : List.of(addPreset, addStep, remove, up, down)) {
            buttons.add(b);
        }
        JPanel buttonColumn = new JPanel(new BorderLayout());
        buttonColumn.add(buttons, BorderLayout.NORTH);

        JPanel left = new JPanel(new BorderLayout(6, 0));
        left.add(list, BorderLayout.CENTER);
        left.add(buttonColumn, BorderLayout.EAST);

        JPanel section = new JPanel(new BorderLayout(12, 6));
        section.add(caption(Bundle.HooksOptions_steps(), table), BorderLayout.NORTH);
        section.add(left, BorderLayout.WEST);
        section.add(editor(), BorderLayout.CENTER);
        return section;
    }

    private JPanel editor() {
        name.setName("name");
        arguments.setName("arguments");
        // Tab moves on, as everywhere else in the form: a tab typed into the area would end up inside an argument
        arguments.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        arguments.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        arguments.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, name.getFont().getSize()));
        timeout.setName("timeout");
        DocumentListener edited = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                editSelected();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                editSelected();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                editSelected();
            }
        };
        name.getDocument().addDocumentListener(edited);
        arguments.getDocument().addDocumentListener(edited);
        timeout.addChangeListener(e -> editSelected());

        JPanel editor = new JPanel(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 0, 2, 6);
        c.gridx = 0;
        c.gridy = 0;
        editor.add(caption(Bundle.HooksOptions_name(), name), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        editor.add(name, c);
        c.gridx = 0;
        c.gridy = 1;
        c.gridwidth = 2;
        editor.add(caption(Bundle.HooksOptions_arguments(), arguments), c);
        c.gridy = 2;
        c.fill = GridBagConstraints.BOTH;
        c.weighty = 1;
        editor.add(new JScrollPane(arguments), c);
        c.gridy = 3;
        c.weighty = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        String placeholders = String.join(" ", ClipValues.NAMES.stream().map(n -> "{" + n + "}").toList());
        WrappedText hint = new WrappedText(Bundle.HooksOptions_placeholders(placeholders), 30);
        hint.setName("placeholders");
        editor.add(hint, c);
        c.gridy = 4;
        c.gridwidth = 1;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        editor.add(caption(Bundle.HooksOptions_timeout(), timeout), c);
        c.gridx = 1;
        editor.add(timeout, c);
        return editor;
    }

    private JPanel diskSection() {
        threshold.setName("threshold");
        threshold.addChangeListener(e -> fireChanged());
        JPanel section = new JPanel(new BorderLayout(6, 6));
        section.setBorder(BorderFactory.createTitledBorder(Bundle.HooksOptions_disk()));
        ((JSpinner.DefaultEditor) threshold.getEditor()).getTextField().setColumns(8);
        JPanel row = new JPanel(new BorderLayout(6, 4));
        row.add(caption(Bundle.HooksOptions_threshold(), threshold), BorderLayout.NORTH);
        row.add(threshold, BorderLayout.WEST);
        section.add(row, BorderLayout.NORTH);
        section.add(new WrappedText(Bundle.HooksOptions_thresholdHint(), 40), BorderLayout.CENTER);
        return section;
    }

    private JPanel notificationSection() {
        JPanel section = new JPanel(new GridLayout(0, 1, 0, 0));
        section.setBorder(BorderFactory.createTitledBorder(Bundle.HooksOptions_notifications()));
        for (JCheckBox box : Arrays.asList(batchFinished, jobFailed, jobCompleted, postProcessingFailed, sound, unfocused)) {
            box.addActionListener(e -> fireChanged());
            section.add(box);
        }
        return section;
    }

    private void add(HookStep step) {
        steps.add(step);
        model.fireTableRowsInserted(steps.size() - 1, steps.size() - 1);
        select(steps.size() - 1);
        fireChanged();
    }

    private void removeSelected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            return;
        }
        steps.remove(row);
        model.fireTableRowsDeleted(row, row);
        select(Math.min(row, steps.size() - 1));
        fireChanged();
    }

    private void moveSelected(int offset) {
        int row = table.getSelectedRow();
        int target = row + offset;
        if (row < 0 || target < 0 || target >= steps.size()) {
            return;
        }
        steps.add(target, steps.remove(row));
        model.fireTableDataChanged();
        select(target);
        fireChanged();
    }

    private void select(int row) {
        if (row < 0) {
            table.clearSelection();
        } else {
            table.setRowSelectionInterval(row, row);
        }
        showSelected();
    }

    private void showSelected() {
        int row = table.getSelectedRow();
        boolean any = row >= 0 && row < steps.size();
        boolean wasLoading = loading;
        loading = true;
        try {
            HookStep step = any ? steps.get(row) : null;
            name.setText(any ? step.name() : "");
            arguments.setText(any ? String.join("\n", step.arguments()) : "");
            arguments.setCaretPosition(0);
            timeout.setValue(any ? step.timeoutSeconds() : HookStep.DEFAULT_TIMEOUT_SECONDS);
        } finally {
            loading = wasLoading;
        }
        name.setEnabled(any);
        arguments.setEnabled(any);
        timeout.setEnabled(any);
    }

    /** The editor's fields into the selected step; one argument per non-empty line, kept exactly (no quoting rules). */
    private void editSelected() {
        int row = table.getSelectedRow();
        if (loading || row < 0 || row >= steps.size()) {
            return;
        }
        List<String> args = arguments.getText().lines().filter(line -> !line.isEmpty()).toList();
        HookStep old = steps.get(row);
        steps.set(row, new HookStep(name.getText(), args, (Integer) timeout.getValue(), old.enabled()));
        model.fireTableRowsUpdated(row, row);
        fireChanged();
    }

    private void fireChanged() {
        if (!loading) {
            changed.run();
        }
    }

    private static JButton button(String text, String name) {
        JButton button = new JButton();
        Mnemonics.setLocalizedText(button, text);
        button.setName(name);
        return button;
    }

    /** A caption bound to {@code field}: a screen reader names the field after it. */
    private static JLabel caption(String text, java.awt.Component field) {
        JLabel caption = new JLabel(text);
        caption.setLabelFor(field);
        return caption;
    }

    private static JCheckBox check(String text, String name) {
        JCheckBox box = new JCheckBox();
        Mnemonics.setLocalizedText(box, text);
        box.setName(name);
        return box;
    }

    /** On/off and name of each step. */
    private final class StepTableModel extends AbstractTableModel {

        @Override
        public int getRowCount() {
            return steps.size();
        }

        @Override
        public int getColumnCount() {
            return 2;
        }

        @Override
        public String getColumnName(int column) {
            return column == 0 ? Bundle.HooksOptions_on() : Bundle.HooksOptions_step();
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? Boolean.class : String.class;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 0;
        }

        @Override
        public Object getValueAt(int row, int column) {
            HookStep step = steps.get(row);
            return column == 0 ? step.enabled() : step.name();
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            HookStep step = steps.get(row);
            steps.set(row, new HookStep(step.name(), step.arguments(), step.timeoutSeconds(), Boolean.TRUE.equals(value)));
            fireTableRowsUpdated(row, row);
            fireChanged();
        }
    }
}
