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
import java.awt.FlowLayout;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.openide.WizardDescriptor;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.templates.batch.BatchPlan;
import org.sorastudio.templates.batch.BatchReport;
import org.sorastudio.templates.batch.BatchSummary;
import org.sorastudio.templates.batch.RowProblem;
import org.sorastudio.templates.ui.BackgroundWork;
import org.sorastudio.templates.ui.UserMessages;

/**
 * Step 5: every row checked, in the background with progress and a Stop button; every bad row is
 * listed with its line and reason. Bad rows are skipped; going Back to fix the mapping, or fixing
 * the file and validating again, brings them in.
 */
@Messages({
    "ValidationStep.title=Validation",
    "ValidationStep.line=Line",
    "ValidationStep.field=Field",
    "ValidationStep.problem=Problem",
    "ValidationStep.stop=S&top",
    "ValidationStep.again=&Validate Again",
    "ValidationStep.againTip=Read the file again, e.g. after fixing it in a spreadsheet",
    "ValidationStep.starting=Checking every row…",
    "# {0} - shots", "# {1} - line",
    "ValidationStep.progress=Checked {0} shot(s); now at line {1}…",
    "# {0} - rows", "# {1} - shots", "# {2} - valid",
    "ValidationStep.done={0} row(s) read: {1} shot(s), {2} valid.",
    "ValidationStep.allGood=Every row is fine.",
    "# {0} - bad rows",
    "ValidationStep.badRows={0} bad row(s) will be skipped (listed below). "
            + "Go Back to change the mapping, or fix the file and press Validate Again.",
    "ValidationStep.noValid=No row makes a valid shot. Go Back to fix the mapping, or fix the file and press Validate Again.",
    "# {0} - count",
    "ValidationStep.unlisted=…and {0} more problem(s) not listed.",
    "ValidationStep.tableName=Rows refused, with their line and reason"
})
final class ValidationStep extends WizardStep {

    /** How often the progress label is refreshed during a pass, in nanoseconds. */
    private static final long PROGRESS_INTERVAL = 100_000_000L;

    private final BackgroundWork work = new BackgroundWork("CSV wizard: validation");
    private final ReadOnlyTableModel problems = new ReadOnlyTableModel(Bundle.ValidationStep_line(), Bundle.ValidationStep_field(),
            Bundle.ValidationStep_problem());
    private final JProgressBar progress = new JProgressBar();
    private final JLabel status = new JLabel(" ");
    private final JButton stop = new JButton();
    private final JButton again = new JButton();
    /** The running pass's stop flag, or {@code null} when none runs. */
    private AtomicBoolean running;
    private BatchPlan validated;

    ValidationStep(CsvImportModel model) {
        super(model, Bundle.ValidationStep_title(), new BorderLayout(0, 6));
        Mnemonics.setLocalizedText(stop, Bundle.ValidationStep_stop());
        Mnemonics.setLocalizedText(again, Bundle.ValidationStep_again());
        JTable table = new JTable(problems);
        table.setName("rowProblems");
        table.getAccessibleContext().setAccessibleName(Bundle.ValidationStep_tableName());
        FullTextCellRenderer.install(table, 50, 120, 600);
        progress.setName("validationProgress");
        status.setName("validationStatus");
        stop.setName("stopValidation");
        again.setName("validateAgain");
        again.setToolTipText(Bundle.ValidationStep_againTip());
        stop.addActionListener(e -> stop());
        again.addActionListener(e -> start());
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.add(progress, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 0));
        buttons.add(stop);
        buttons.add(again);
        top.add(buttons, BorderLayout.EAST);
        top.add(status, BorderLayout.SOUTH);
        panel.add(top, BorderLayout.NORTH);
        panel.add(new JScrollPane(table), BorderLayout.CENTER);
    }

    @Override
    protected void entered() {
        if (validated != model.plan || model.report == null) {
            start();
        } else {
            showReport(model.report);
        }
    }

    @Override
    public void storeSettings(WizardDescriptor settings) {
        stop();
    }

    /** Stops a running pass; its report then says where it stopped. */
    void stop() {
        if (running != null) {
            running.set(true);
        }
    }

    private void start() {
        stop();
        BatchPlan plan = model.plan;
        AtomicBoolean stopRequested = new AtomicBoolean();
        AtomicLong lastShown = new AtomicLong(System.nanoTime());
        running = stopRequested;
        validated = null;
        model.report = null;
        problems.setRowCount(0);
        progress.setIndeterminate(true);
        status.setText(Bundle.ValidationStep_starting());
        message(WizardDescriptor.PROP_INFO_MESSAGE, null);
        updateButtons();
        fireChange();
        work.submit(() -> plan.validate((line, shots) -> {
            long now = System.nanoTime();
            if (now - lastShown.get() > PROGRESS_INTERVAL) {
                lastShown.set(now);
                SwingUtilities.invokeLater(() -> {
                    if (running == stopRequested) {
                        status.setText(Bundle.ValidationStep_progress(shots, line));
                    }
                });
            }
            return !stopRequested.get();
        }), report -> {
            if (running == stopRequested) {
                running = null;
                validated = plan;
                model.report = report;
                showReport(report);
            }
        }, e -> {
            if (running == stopRequested) {
                running = null;
                progress.setIndeterminate(false);
                status.setText(UserMessages.describe(e));
                message(WizardDescriptor.PROP_ERROR_MESSAGE, UserMessages.describe(e));
                updateButtons();
                fireChange();
            }
        });
    }

    private void showReport(BatchReport report) {
        progress.setIndeterminate(false);
        progress.setValue(report.readFailure() == null ? progress.getMaximum() : progress.getMinimum());
        BatchSummary summary = report.summary();
        problems.setRowCount(0);
        for (RowProblem problem : report.rowProblems()) {
            problems.addRow(new Object[]{problem.line(), problem.field(), (problem.blocking() ? "" : "(warning) ") + problem.message()});
        }
        if (report.unlistedProblems() > 0) {
            problems.addRow(new Object[]{"", "", Bundle.ValidationStep_unlisted(report.unlistedProblems())});
        }
        status.setText(Bundle.ValidationStep_done(summary.rows(), summary.shots(), summary.validShots()));
        if (report.readFailure() != null) {
            message(WizardDescriptor.PROP_ERROR_MESSAGE, report.readFailure());
        } else if (summary.validShots() == 0) {
            message(WizardDescriptor.PROP_ERROR_MESSAGE, Bundle.ValidationStep_noValid());
        } else if (summary.badRows() > 0) {
            message(WizardDescriptor.PROP_WARNING_MESSAGE, Bundle.ValidationStep_badRows(summary.badRows()));
        } else {
            message(WizardDescriptor.PROP_INFO_MESSAGE, Bundle.ValidationStep_allGood());
        }
        updateButtons();
        fireChange();
    }

    private void updateButtons() {
        stop.setEnabled(running != null);
        again.setEnabled(running == null);
    }

    @Override
    public boolean isValid() {
        return running == null && validated == model.plan && model.report != null && model.report.runnable()
                && model.report.summary().validShots() > 0;
    }
}
