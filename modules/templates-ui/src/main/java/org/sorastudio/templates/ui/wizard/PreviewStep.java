package org.sorastudio.templates.ui.wizard;

import java.awt.BorderLayout;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.openide.WizardDescriptor;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Shot;
import org.sorastudio.templates.batch.BatchPlan;
import org.sorastudio.templates.batch.PlannedShot;
import org.sorastudio.templates.batch.RowProblem;
import org.sorastudio.templates.batch.ShotParameter;
import org.sorastudio.templates.ui.BackgroundWork;
import org.sorastudio.templates.ui.UserMessages;

/** Step 4: the first shots exactly as they will be queued, each with what is wrong with it. */
@Messages({
    "PreviewStep.title=Preview",
    "PreviewStep.line=Line",
    "PreviewStep.prompt=Prompt",
    "PreviewStep.model=Model",
    "PreviewStep.size=Size",
    "PreviewStep.seconds=Seconds",
    "PreviewStep.reference=Reference image",
    "PreviewStep.output=Output name",
    "PreviewStep.status=Check",
    "PreviewStep.ok=OK",
    "PreviewStep.making=Making the first shots…",
    "# {0} - count",
    "PreviewStep.shown=The first {0} shot(s) of the batch. The next step checks every row.",
    "PreviewStep.none=The file has no data rows."
})
final class PreviewStep extends WizardStep {

    static final int SHOTS = 5;

    private final BackgroundWork work = new BackgroundWork("CSV wizard: preview shots");
    private final ReadOnlyTableModel shots = new ReadOnlyTableModel(Bundle.PreviewStep_line(), Bundle.PreviewStep_prompt(),
            Bundle.PreviewStep_model(), Bundle.PreviewStep_size(), Bundle.PreviewStep_seconds(), Bundle.PreviewStep_reference(),
            Bundle.PreviewStep_output(), Bundle.PreviewStep_status());
    private final JLabel status = new JLabel(" ");
    private BatchPlan shown;

    PreviewStep(CsvImportModel model) {
        super(model, Bundle.PreviewStep_title(), new BorderLayout(0, 6));
        JTable table = new JTable(shots);
        table.setName("previewShots");
        FullTextCellRenderer.install(table, 35, 250, 80, 80, 55, 70, 70, 190);
        for (int column = 2; column <= 4; column++) {
            // Model, size and seconds are short: keep them readable and let the prompt give way.
            table.getColumnModel().getColumn(column).setMinWidth(table.getColumnModel().getColumn(column).getPreferredWidth());
        }
        status.setName("previewStatus");
        panel.add(new JScrollPane(table), BorderLayout.CENTER);
        panel.add(status, BorderLayout.SOUTH);
    }

    @Override
    protected void entered() {
        message(WizardDescriptor.PROP_INFO_MESSAGE, null);
        if (shown == model.plan) {
            return;
        }
        BatchPlan plan = model.plan;
        shown = null;
        shots.setRowCount(0);
        status.setText(Bundle.PreviewStep_making());
        fireChange();
        work.submit(() -> plan.preview(SHOTS), preview -> {
            if (plan == model.plan) {
                show(plan, preview);
            }
        }, e -> {
            status.setText(UserMessages.describe(e));
            message(WizardDescriptor.PROP_ERROR_MESSAGE, UserMessages.describe(e));
        });
    }

    private void show(BatchPlan plan, List<PlannedShot> preview) {
        shots.setRows(preview.stream().map(PreviewStep::row).toList());
        shown = plan;
        status.setText(preview.isEmpty() ? Bundle.PreviewStep_none() : Bundle.PreviewStep_shown(preview.size()));
        fireChange();
    }

    private static Object[] row(PlannedShot planned) {
        Shot shot = planned.shot();
        String problems = planned.problems().stream().map(RowProblem::message).collect(Collectors.joining("; "));
        return new Object[]{planned.line(), shot.prompt(), shot.model(), shot.size(), shot.seconds(),
            shot.referenceImage() == null ? "" : shot.referenceImage(),
            shot.overrides().getOrDefault(Shot.OUTPUT_NAME, ""),
            problems.isEmpty() ? Bundle.PreviewStep_ok() : problems};
    }

    @Override
    public boolean isValid() {
        return shown != null && shown == model.plan;
    }
}
