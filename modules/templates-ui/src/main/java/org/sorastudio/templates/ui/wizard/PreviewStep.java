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
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.swing.Icon;
import javax.swing.ImageIcon;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.openide.WizardDescriptor;
import org.openide.util.NbBundle.Messages;
import org.sorastudio.core.model.Shot;
import org.sorastudio.core.model.ShotProblem;
import org.sorastudio.images.FitSpec;
import org.sorastudio.images.ImageProblemException;
import org.sorastudio.images.ReferenceImages;
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
    "PreviewStep.thumbnail=Fitted",
    "PreviewStep.fit=Fit",
    "PreviewStep.output=Output name",
    "PreviewStep.status=Check",
    "PreviewStep.ok=OK",
    "PreviewStep.making=Making the first shots…",
    "# {0} - count",
    "PreviewStep.shown=The first {0} shot(s) of the batch. The next step checks every row.",
    "PreviewStep.none=The file has no data rows.",
    "PreviewStep.tableName=The first shots of the batch"
})
final class PreviewStep extends WizardStep {

    static final int SHOTS = 5;
    /** A thumbnail shows the reference as it will be sent, fitted to the shot, this wide at most. */
    private static final int THUMBNAIL_WIDTH = 96;
    private static final int THUMBNAIL_HEIGHT = 64;

    private final BackgroundWork work = new BackgroundWork("CSV wizard: preview shots");
    private final ReadOnlyTableModel shots = new ReadOnlyTableModel(Bundle.PreviewStep_line(), Bundle.PreviewStep_prompt(),
            Bundle.PreviewStep_model(), Bundle.PreviewStep_size(), Bundle.PreviewStep_seconds(), Bundle.PreviewStep_reference(),
            Bundle.PreviewStep_thumbnail(), Bundle.PreviewStep_fit(), Bundle.PreviewStep_output(), Bundle.PreviewStep_status());
    private final JLabel status = new JLabel(" ");
    private BatchPlan shown;
    private final JTable table;
    private final int textRowHeight;

    PreviewStep(CsvImportModel model) {
        super(model, Bundle.PreviewStep_title(), new BorderLayout(0, 6));
        JTable table = new JTable(shots);
        table.setName("previewShots");
        table.getAccessibleContext().setAccessibleName(Bundle.PreviewStep_tableName());
        FullTextCellRenderer.install(table, 35, 210, 70, 75, 50, 80, THUMBNAIL_WIDTH + 8, 80, 70, 190);
        table.getColumnModel().getColumn(THUMBNAIL_COLUMN).setCellRenderer(new ThumbnailRenderer());
        textRowHeight = table.getRowHeight();
        this.table = table;
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
        work.submit(() -> plan.preview(SHOTS).stream().map(PreviewStep::withThumbnail).toList(), preview -> {
            if (plan == model.plan) {
                show(plan, preview);
            }
        }, e -> {
            status.setText(UserMessages.describe(e));
            message(WizardDescriptor.PROP_ERROR_MESSAGE, UserMessages.describe(e));
        });
    }

    private void show(BatchPlan plan, List<Previewed> preview) {
        shots.setRows(preview.stream().map(PreviewStep::row).toList());
        // rows grow to show thumbnails only when some row has one
        boolean thumbnails = preview.stream().anyMatch(p -> p.thumbnail() != null);
        table.setRowHeight(thumbnails ? Math.max(textRowHeight, THUMBNAIL_HEIGHT + 4) : textRowHeight);
        shown = plan;
        status.setText(preview.isEmpty() ? Bundle.PreviewStep_none() : Bundle.PreviewStep_shown(preview.size()));
        fireChange();
    }

    private static final int THUMBNAIL_COLUMN = 6;

    /** A planned shot with its reference fitted as it will be sent, or why that image cannot be used. */
    private record Previewed(PlannedShot planned, BufferedImage thumbnail, String imageProblem) {
    }

    /**
     * Reads the shot's reference (in the background) and fits it to a thumbnail of the shot's proportions, so a
     * damaged file is found here, before anything is queued, and not only by the header check of the validation.
     */
    private static Previewed withThumbnail(PlannedShot planned) {
        Shot shot = planned.shot();
        boolean checkedHeader = planned.problems().stream().noneMatch(p -> p.blocking()
                && p.field().equals(ShotProblem.FIELD_REFERENCE));
        if (!ReferenceImages.hasLocalReference(shot) || !checkedHeader) {
            return new Previewed(planned, null, null);
        }
        try {
            int[] wh = ReferenceImages.parseSize(shot.size());
            double scale = Math.min(THUMBNAIL_WIDTH / (double) wh[0], THUMBNAIL_HEIGHT / (double) wh[1]);
            int w = Math.max(1, (int) Math.round(wh[0] * scale));
            int h = Math.max(1, (int) Math.round(wh[1] * scale));
            FitSpec fit = FitSpec.parse(shot.referenceFit().orElse(null));
            BufferedImage source = ReferenceImages.read(Path.of(shot.referenceImage()), w, h);
            return new Previewed(planned, ReferenceImages.fit(source, w, h, fit), null);
        } catch (ImageProblemException e) {
            return new Previewed(planned, null, e.getMessage());
        } catch (IllegalArgumentException e) {
            return new Previewed(planned, null, e.getMessage());
        }
    }

    private static Object[] row(Previewed previewed) {
        PlannedShot planned = previewed.planned();
        Shot shot = planned.shot();
        List<String> problems = new java.util.ArrayList<>(planned.problems().stream().map(RowProblem::message).toList());
        if (previewed.imageProblem() != null) {
            problems.add(previewed.imageProblem());
        }
        return new Object[]{planned.line(), shot.prompt(), shot.model(), shot.size(), shot.seconds(),
            shot.referenceImage() == null ? "" : shot.referenceImage(),
            previewed.thumbnail() == null ? null : new ImageIcon(previewed.thumbnail()),
            shot.referenceImage() == null ? "" : FitSpec.parse(shot.referenceFit().orElse(null)).mode().label(),
            shot.overrides().getOrDefault(Shot.OUTPUT_NAME, ""),
            problems.isEmpty() ? Bundle.PreviewStep_ok() : String.join("; ", problems)};
    }

    /** Shows the fitted thumbnail centred in its cell. */
    private static final class ThumbnailRenderer extends DefaultTableCellRenderer {
        @Override
        public java.awt.Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                int row, int column) {
            super.getTableCellRendererComponent(table, null, selected, focused, row, column);
            setIcon(value instanceof Icon icon ? icon : null);
            setHorizontalAlignment(CENTER);
            return this;
        }
    }

    @Override
    public boolean isValid() {
        return shown != null && shown == model.plan;
    }
}
